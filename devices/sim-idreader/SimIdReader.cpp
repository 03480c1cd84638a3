#include "SimIdReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimReader, "ow.devices.idreader.sim")

namespace ow::devices {
namespace {

const QString kBuiltInCards = QStringLiteral(":/onewindow/sim/cards");

} // namespace

QList<devicekit::DeviceInfo> SimIdReader::scan()
{
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("sim-idreader");
    info.kind = devicekit::DeviceKind::IdCardReader;
    info.id = kBuiltInCards;
    info.name = tr("Simulated ID card reader");
    info.simulated = true;
    info.detail = tr("%n built-in card(s)", nullptr, int(QDir(kBuiltInCards).entryList({"*.json"}, QDir::Files).size()));
    return {info};
}

core::Status SimIdReader::open(const devicekit::DeviceConfig &config)
{
    m_dir = config.option(QStringLiteral("cardDir"), kBuiltInCards);
    m_scenario = config.option(QStringLiteral("scenario"), QStringLiteral("cycle"));
    m_delayMs = config.intOption(QStringLiteral("readDelayMs"), 150);
    m_hangMs = config.intOption(QStringLiteral("hangMs"), 120000);
    m_next = 0;
    m_reads = 0;
    if (m_scenario == u"fault-on-open")
        return core::makeError(QStringLiteral("idreader.no_answer"),
                               tr("The ID reader does not answer. Check its cable and power, then wait for it to reconnect."),
                               QStringLiteral("scenario fault-on-open"));
    m_files = QDir(m_dir).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    if (m_files.isEmpty())
        return core::makeError(QStringLiteral("idreader.sim.nocards"),
                               tr("The simulated reader has no card files in %1.").arg(QDir::toNativeSeparators(m_dir)),
                               QStringLiteral("no *.json in %1").arg(m_dir));
    setState(devicekit::DeviceState::Ready);
    return {};
}

void SimIdReader::close() { m_files.clear(); }

devicekit::IdReaderCapabilities SimIdReader::capabilities() const
{
    devicekit::IdReaderCapabilities c;
    c.appendedAddress = true;
    c.chipPhotoDecoding = true;  // its photos are plain images
    return c;
}

core::Result<core::IdCard> SimIdReader::loadCard(const QString &name) const
{
    QDir dir(m_dir);
    QFile f(dir.filePath(name));
    if (!f.open(QIODevice::ReadOnly))
        return core::makeError(QStringLiteral("idreader.sim.file"), tr("The simulated card file %1 cannot be read.").arg(name),
                               f.errorString());
    QJsonParseError perr{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &perr);
    if (!doc.isObject())
        return core::makeError(QStringLiteral("idreader.sim.file"), tr("The simulated card file %1 is not valid JSON.").arg(name),
                               perr.errorString());
    auto card = core::IdCard::fromJson(doc.object());
    if (!card) return card.error();
    core::IdCard c = card.value();
    const QString photo = doc.object().value("photo").toString();
    if (!photo.isEmpty()) {
        c.photo = QImage(dir.filePath(photo));
        if (c.photo.isNull()) qCWarning(lcSimReader) << "photo not readable in card file" << name;
    }
    return c;
}

void SimIdReader::fail(const QString &code, const QString &message)
{
    setState(devicekit::DeviceState::Ready);
    emit readFailed(core::makeError(code, message, QStringLiteral("simulated")));
}

void SimIdReader::readCard()
{
    setState(devicekit::DeviceState::Busy);
    ++m_reads;
    if (m_scenario == u"hang") {
        interruptibleSleep(m_hangMs);  // never answers; the manager's watchdog takes over
        return;
    }
    if (!interruptibleSleep(m_delayMs)) return;
    if (m_scenario == u"vanish" && m_reads > 1) {
        setState(devicekit::DeviceState::Faulted, tr("The ID reader was disconnected. Plug it in again."));
        return;
    }
    if (m_scenario == u"error:no-card")
        return fail(QStringLiteral("idreader.no_card"), tr("No card on the reader: place the card flat on the reader."));
    if (m_scenario == u"error:read-failed")
        return fail(QStringLiteral("idreader.read_failed"),
                    tr("The card could not be read: hold it still on the reader and try again."));
    if (m_scenario == u"error:unknown-card")
        return fail(QStringLiteral("idreader.unknown_card"),
                    tr("This card is not an identity card the reader recognises."));

    QString file;
    if (m_scenario.startsWith(u"card:")) {
        file = m_scenario.mid(5) + QStringLiteral(".json");
    } else {
        file = m_files.at(m_next % m_files.size());
        ++m_next;
    }
    auto card = loadCard(file);
    if (!card) return fail(card.error().code, card.error().message);
    setState(devicekit::DeviceState::Ready);
    emit cardRead(card.value());
}

devicekit::Device *SimIdReaderPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::IdCardReader ? new SimIdReader : nullptr;
}

} // namespace ow::devices
