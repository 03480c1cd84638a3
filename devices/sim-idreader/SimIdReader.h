#pragma once
// A reader that serves card files (JSON fields plus a plain photo) from a folder, for practice
// mode and tests. Options:
//   cardDir      folder of *.json card files (default: the cards built into the plugin)
//   scenario     cycle (each read gives the next card) | card:NAME (always NAME.json)
//                | error:no-card | error:read-failed | error:unknown-card
//                | hang (the read never answers) | vanish (the second read finds the reader gone)
//                | fault-on-open (the reader never comes up)
//   readDelayMs  time a read takes (default 150)
//   hangMs       how long "hang" blocks before giving up by itself (default 120000)

#include "devicekit/Device.h"

#include <QStringList>

namespace ow::devices {

class SimIdReader final : public devicekit::IdCardReader {
    Q_OBJECT
public:
    QList<devicekit::DeviceInfo> scan() override;
    core::Status open(const devicekit::DeviceConfig &config) override;
    void close() override;
    [[nodiscard]] devicekit::IdReaderCapabilities capabilities() const override;
    void readCard() override;

private:
    core::Result<core::IdCard> loadCard(const QString &file) const;
    void fail(const QString &code, const QString &message);

    QString m_dir;
    QStringList m_files;
    QString m_scenario;
    int m_next = 0;
    int m_reads = 0;
    int m_delayMs = 150;
    int m_hangMs = 120000;
};

class SimIdReaderPlugin final : public QObject, public devicekit::DevicePlugin {
    Q_OBJECT
    Q_PLUGIN_METADATA(IID OW_DEVICE_PLUGIN_IID FILE "sim-idreader.json")
    Q_INTERFACES(ow::devicekit::DevicePlugin)
public:
    devicekit::Device *create(devicekit::DeviceKind kind) override;
};

} // namespace ow::devices
