#pragma once
// onewindow-central as a child process on loopback, with a throw-away CA, for the sync
// integration tests. The database is SQLite in the data folder, or, when OW_TEST_PG names a
// PostgreSQL server (postgres://user@host:port/postgres, set by run_sync_postgres.sh), a fresh
// database created on it for this server.

#include "TestSupport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

namespace ow::test {

class CentralProcess {
public:
    // `dataDir` is created and gets pki/ (the CA) unless it has one already.
    explicit CentralProcess(QString dataDir) : m_dataDir(std::move(dataDir))
    {
        QDir().mkpath(m_dataDir);
        if (!QFile::exists(QDir(m_dataDir).filePath("pki/ca.pem"))) REQUIRE(admin({"init"}).value("ok").toBool());
        const QByteArray pg = qgetenv("OW_TEST_PG");
        if (!pg.isEmpty()) {
            // One database per server, so the tests never see each other's rows.
            const QString name = "ow_" + QUuid::createUuid().toString(QUuid::Id128).left(12);
            {
                QSqlDatabase d = QSqlDatabase::addDatabase("QPSQL", name);
                const QUrl u(QString::fromUtf8(pg));
                d.setHostName(u.host());
                d.setPort(u.port(5432));
                d.setUserName(u.userName());
                d.setDatabaseName(u.path().mid(1));
                REQUIRE(d.open());
                QSqlQuery q(d);
                INFO(q.lastError().text().toStdString());
                REQUIRE(q.exec("CREATE DATABASE " + name));
                d.close();
            }
            QSqlDatabase::removeDatabase(name);
            QUrl u(QString::fromUtf8(pg));
            u.setPath("/" + name);
            m_db = u.toString();
        }
    }
    ~CentralProcess() { stop(); }

    [[nodiscard]] QString dataDir() const { return m_dataDir; }
    [[nodiscard]] QString caFile() const { return QDir(m_dataDir).filePath("pki/ca.pem"); }
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] quint16 enrolPort() const { return m_enrolPort; }
    [[nodiscard]] QString url() const { return QStringLiteral("https://localhost:%1").arg(m_port); }
    [[nodiscard]] bool postgres() const { return !m_db.isEmpty(); }

    // Faults to inject (see CentralServer.cpp); written before the next request reads them.
    void setFaults(const QJsonArray &rules)
    {
        QFile f(faultsFile());
        REQUIRE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(QJsonDocument(rules).toJson());
    }

    // The fault rules' counts still to go.
    [[nodiscard]] int faultsLeft() const
    {
        QFile f(faultsFile());
        REQUIRE(f.open(QIODevice::ReadOnly));
        int left = 0;
        for (const QJsonValue &v : QJsonDocument::fromJson(f.readAll()).array()) left += v.toObject().value("count").toInt();
        return left;
    }

    // Starts on the port it had before (a restart), or on a free one the first time.
    void start()
    {
        const QString portFile = QDir(m_dataDir).filePath("ports.json");
        QFile::remove(portFile);
        if (!QFile::exists(faultsFile())) setFaults({});
        QStringList args{"serve", "--data", m_dataDir, "--port", QString::number(m_port), "--enrol-port", "0",
                         "--port-file", portFile, "--faults", faultsFile()};
        if (!m_db.isEmpty()) args << "--db" << m_db;
        m_proc = std::make_unique<QProcess>();
        m_proc->setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_proc->start(QDir(binDir()).filePath("onewindow-central"), args);
        REQUIRE(m_proc->waitForStarted(10000));
        REQUIRE(waitUntil([&] { return QFile::exists(portFile) || m_proc->state() != QProcess::Running; }, 15000));
        QFile f(portFile);
        REQUIRE(f.open(QIODevice::ReadOnly));
        const QJsonObject ports = QJsonDocument::fromJson(f.readAll()).object();
        m_port = quint16(ports.value("port").toInt());
        m_enrolPort = quint16(ports.value("enrolPort").toInt());
        REQUIRE(m_port != 0);
    }

    void stop()
    {
        if (!m_proc) return;
        if (m_proc->state() == QProcess::Running) {
            m_proc->terminate();
            if (!m_proc->waitForFinished(5000)) {
                m_proc->kill();
                m_proc->waitForFinished(5000);
            }
        }
        m_proc.reset();
    }

    // The server stopped by itself (an "exit" fault).
    [[nodiscard]] bool exited() { return !m_proc || m_proc->waitForFinished(5000); }

    // `onewindow-central admin WORDS --data DIR [--db URL]`, its JSON answer.
    QJsonObject admin(const QStringList &words, const QStringList &options = {}) const
    {
        QStringList args{"admin"};
        args << words << "--data" << m_dataDir << options;
        if (!m_db.isEmpty()) args << "--db" << m_db;
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QDir(binDir()).filePath("onewindow-central"), args);
        REQUIRE(p.waitForFinished(60000));
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

    // A client certificate for `workstation` in `outDir` (client.pem, client.key, ca.pem).
    void issueClient(const QString &workstation, const QString &outDir, int validFromDays = -1, int days = 365) const
    {
        REQUIRE(admin({"issue-cert"}, {"--workstation", workstation, "--out", outDir, "--valid-from",
                                        QString::number(validFromDays), "--days", QString::number(days)})
                    .value("ok")
                    .toBool());
    }

private:
    [[nodiscard]] QString faultsFile() const { return QDir(m_dataDir).filePath("faults.json"); }

    QString m_dataDir;
    QString m_db;
    quint16 m_port = 0;
    quint16 m_enrolPort = 0;
    std::unique_ptr<QProcess> m_proc;
};

} // namespace ow::test
