// ow-crash-writer: writes cases as fast as it can until it is killed. test_crash_recovery starts
// it, kills it with SIGKILL at random moments and checks that everything it reported survived.
//
//   ow-crash-writer --data-dir ROOT [--profile counter|practice] --officer NUMBER --first-serial N
//
// The password comes from OW_PASSWORD, else from the first line of stdin. The officer must exist
// already: this program never creates one, so a profile it was killed in stays as the test made it.
//
// Lines on stdout, each written with one write(2) and only after what it reports is committed:
//   opening                     about to open (and, on a fresh profile, create) the database
//   ready                       logged in
//   committed <caseNumber> <serial>
//   draft <key> <serial>
// Exit 2: usage error, or the officer does not exist. Exit 1: a storage error (on stderr).

#include "CrashContent.h"

#include "core/Profile.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>
#include <unistd.h>

using namespace ow;

namespace {

constexpr int kUsage = 2;
constexpr int kFailed = 1;

// One write(2) per line: a line the parent reads in full was handed to the kernel in full, and a
// pipe write of less than PIPE_BUF bytes is never split.
void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.constData() + done, size_t(bytes.size() - done));
        if (n <= 0) std::_Exit(kFailed);  // the test went away: nothing left to report to
        done += n;
    }
}

int fail(const QString &what, const core::Error &e)
{
    QTextStream(stderr) << "ow-crash-writer: " << what << ": " << e.code << ": " << e.describe() << "\n";
    return kFailed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption dataDirOpt("data-dir", "data root", "DIR");
    const QCommandLineOption profileOpt("profile", "counter, housecall or practice", "NAME", "counter");
    const QCommandLineOption officerOpt("officer", "officer number", "NUMBER");
    const QCommandLineOption firstSerialOpt("first-serial", "serial of the first case", "N", "1");
    parser.addOptions({dataDirOpt, profileOpt, officerOpt, firstSerialOpt});
    QTextStream err(stderr);
    if (!parser.parse(app.arguments()) || !parser.isSet(dataDirOpt) || !parser.isSet(officerOpt)) {
        err << "usage: ow-crash-writer --data-dir ROOT [--profile NAME] --officer NUMBER [--first-serial N]\n"
            << parser.errorText() << "\n";
        return kUsage;
    }
    const auto kind = core::Profile::fromName(parser.value(profileOpt));
    bool serialOk = false;
    qint64 serial = parser.value(firstSerialOpt).toLongLong(&serialOk);
    if (!kind || !serialOk || serial < 1) {
        err << "ow-crash-writer: bad --profile or --first-serial\n";
        return kUsage;
    }
    QString password = qEnvironmentVariable("OW_PASSWORD");
    if (password.isEmpty()) password = QTextStream(stdin).readLine();
    const QString officer = parser.value(officerOpt);
    const core::Profile profile(kind->kind(), parser.value(dataDirOpt));

    say(QStringLiteral("opening"));
    auto opened = storage::ProfileStore::open(profile, QStringLiteral("ws-crash-writer"));
    if (!opened) return fail(QStringLiteral("open"), opened.error());
    storage::ProfileStore &store = *opened.value();
    // Look first: login() of an unknown number would write a login.failed audit row.
    auto found = store.officers().find(officer);
    if (!found) return fail(QStringLiteral("find officer"), found.error());
    if (!found.value()) {
        err << "ow-crash-writer: officer " << officer << " does not exist; the test creates it\n";
        return kUsage;
    }
    auto who = store.officers().login(officer, password);
    if (!who) return fail(QStringLiteral("login"), who.error());
    say(QStringLiteral("ready"));

    storage::CaseStore cases(store.db(), who.value().vault, store.audit(), QString::fromLatin1(test::crash::kCounter),
                             profile.isPractice());
    storage::DraftStore drafts(store.db(), who.value().vault);
    const QString draftKey = QString::fromLatin1(test::crash::kDraftKey);
    for (qint64 i = 0;; ++i) {
        if (i % 7 == 6) {
            // A small batch in one transaction: reported only once the whole batch committed.
            QList<storage::CaseRecord> batch;
            for (int k = 0; k < 2 + int(i % 3); ++k) batch << test::crash::caseFor(serial++);
            if (auto st = cases.createMany(batch, officer, QStringLiteral("crash test batch")); !st)
                return fail(QStringLiteral("createMany"), st.error());
            for (const storage::CaseRecord &c : std::as_const(batch))
                say(QStringLiteral("committed %1 %2").arg(c.caseNumber).arg(c.payload.value("serial").toInteger()));
        } else {
            const qint64 s = serial++;
            auto created = cases.create(test::crash::caseFor(s), officer);
            if (!created) return fail(QStringLiteral("create"), created.error());
            say(QStringLiteral("committed %1 %2").arg(created.value().caseNumber).arg(s));
        }
        if (i % 5 == 4) {
            // The draft of the case being typed next, saved in its own (autocommit) statement.
            if (auto st = drafts.save(draftKey, officer, test::crash::draftFor(serial)); !st)
                return fail(QStringLiteral("draft"), st.error());
            say(QStringLiteral("draft %1 %2").arg(draftKey).arg(serial));
        }
    }
}
