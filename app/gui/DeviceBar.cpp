#include "DeviceBar.h"

#include "Style.h"

#include <QHBoxLayout>
#include <QLabel>

namespace ow::gui {

using devicekit::DeviceKind;
using devicekit::DeviceState;

DeviceBar::DeviceBar(devicekit::DeviceManager &devices, QWidget *parent) : QFrame(parent), m_devices(devices)
{
    setObjectName(QStringLiteral("deviceBar"));
    auto *h = new QHBoxLayout(this);
    h->setContentsMargins(12, 4, 12, 4);
    h->setSpacing(8);
    auto *title = new QLabel(tr("Devices:"), this);
    h->addWidget(title);
    // The three every counter has are always shown (as "not set up" when absent); the counter
    // peripherals appear once configured.
    QList<DeviceKind> kinds = {DeviceKind::IdCardReader, DeviceKind::Camera, DeviceKind::Printer};
    for (const auto &hl : devices.health())
        if (!kinds.contains(hl.kind)) kinds.append(hl.kind);
    for (DeviceKind k : kinds) {
        auto *l = new QLabel(this);
        l->setObjectName(QStringLiteral("device_%1").arg(devicekit::deviceKindKey(k)));
        l->setProperty("role", "deviceIndicator");
        l->setTextFormat(Qt::RichText);
        m_labels.insert(int(k), l);
        h->addWidget(l);
        refresh(k);
    }
    h->addStretch();
    connect(&m_devices, &devicekit::DeviceManager::stateChanged, this,
            [this](DeviceKind k, DeviceState, const QString &) { refresh(k); });
}

void DeviceBar::refresh(DeviceKind kind)
{
    QLabel *l = m_labels.value(int(kind));
    if (!l) {
        // A peripheral configured after the bar was built (devices start after the window).
        if (!m_devices.health(kind).configured) return;
        l = new QLabel(this);
        l->setObjectName(QStringLiteral("device_%1").arg(devicekit::deviceKindKey(kind)));
        l->setProperty("role", "deviceIndicator");
        l->setTextFormat(Qt::RichText);
        m_labels.insert(int(kind), l);
        auto *h = static_cast<QHBoxLayout *>(layout());
        h->insertWidget(h->count() - 1, l);  // before the stretch
    }
    const auto h = m_devices.health(kind);
    QColor colour = palette::idle;
    QString symbol = QStringLiteral("–");
    QString word = tr("not set up");
    if (h.configured) {
        word = devicekit::deviceStateDisplayName(h.state);
        switch (h.state) {
        case DeviceState::Ready: colour = palette::ok; symbol = QStringLiteral("✓"); break;
        case DeviceState::Busy: colour = palette::busy; symbol = QStringLiteral("…"); break;
        case DeviceState::Opening: colour = palette::busy; symbol = QStringLiteral("↻"); break;
        case DeviceState::Faulted: colour = palette::fault; symbol = QStringLiteral("✕"); break;
        case DeviceState::Closed: break;
        }
    }
    l->setText(QStringLiteral("<span style='color:%1'>●</span> %2 <b>%3</b> %4")
                   .arg(colour.name(), devicekit::deviceKindDisplayName(kind), symbol, word.toHtmlEscaped()));
    // The driver's id is for the technician on the phone; everything else is in the officer's words.
    QString tip = h.configured ? tr("%1: %2 (driver %3)").arg(devicekit::deviceKindDisplayName(kind), word, h.pluginId)
                               : tr("No %1 is set up for this profile.").arg(devicekit::deviceKindDisplayName(kind));
    if (h.simulated) tip += QStringLiteral("\n") + tr("Simulated device");
    if (!h.reason.isEmpty()) tip += QStringLiteral("\n") + h.reason;
    l->setToolTip(tip);
    l->setAccessibleName(tip);
}

} // namespace ow::gui
