#include "SimIdReader.h"

#include <QDir>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSimReader, "ow.devices.idreader.sim")

namespace ow::devices {

SimIdReader::~SimIdReader()
{
    // The port first: the simulator going away under an open port would read as an unplug.
    SamIdReader::close();
    m_sim.reset();
}

QList<devicekit::DeviceInfo> SimIdReader::scan()
{
    const QString dir = identity::SamSimulator::builtInCardDir();
    devicekit::DeviceInfo info;
    info.pluginId = QStringLiteral("sim-idreader");
    info.kind = devicekit::DeviceKind::IdCardReader;
    info.id = dir;
    info.name = tr("Simulated ID card reader");
    info.simulated = true;
    info.detail = tr("%n built-in card(s)", nullptr, int(QDir(dir).entryList({"*.json"}, QDir::Files).size()));
    return {info};
}

QString SimIdReader::simulatorScenario(const QString &option)
{
    if (option == u"error:no-card") return QStringLiteral("no-card");
    if (option == u"error:read-failed") return QStringLiteral("read-error");
    if (option == u"error:unknown-card") return QStringLiteral("unknown-card");
    if (option == u"vanish") return QStringLiteral("unplug-after-read");
    if (option == u"fault-on-open") return QStringLiteral("unplugged");
    return option;
}

core::Status SimIdReader::open(const devicekit::DeviceConfig &config)
{
    close();
    const QString dir = config.option(QStringLiteral("cardDir"), identity::SamSimulator::builtInCardDir());
    if (QDir(dir).entryList({QStringLiteral("*.json")}, QDir::Files).isEmpty())
        return core::makeError(QStringLiteral("idreader.sim.nocards"),
                               tr("The simulated reader has no card files in %1.").arg(QDir::toNativeSeparators(dir)),
                               QStringLiteral("no *.json in %1").arg(dir));
    m_sim = std::make_unique<identity::SamSimulator>();
    if (auto st = m_sim->loadCards(dir); !st) return st;
    m_sim->setSlowMs(config.intOption(QStringLiteral("slowMs"), 800));
    m_sim->setPlacePolls(config.intOption(QStringLiteral("placePolls"), 5));
    if (auto st = m_sim->setScenario(simulatorScenario(config.option(QStringLiteral("scenario"), QStringLiteral("cycle"))));
        !st)
        return st;
    if (auto st = m_sim->start(); !st) return st;
    qCInfo(lcSimReader).noquote() << "practice reader on" << m_sim->portName() << "scenario" << m_sim->scenario();
    Defaults defaults;
    defaults.pollMs = 0;
    defaults.appendedAddress = true;
    return openPort(m_sim->portName(), config, defaults);
}

void SimIdReader::close()
{
    SamIdReader::close();
    m_sim.reset();
}

void SimIdReader::completeCard(core::IdCard &card)
{
    if (!m_sim) return;
    const QImage photo = m_sim->photoFor(card.idNumber);
    if (photo.isNull()) return;
    card.photo = photo;
    card.photoUndecodable = false;
}

devicekit::Device *SimIdReaderPlugin::create(devicekit::DeviceKind kind)
{
    return kind == devicekit::DeviceKind::IdCardReader ? new SimIdReader : nullptr;
}

} // namespace ow::devices
