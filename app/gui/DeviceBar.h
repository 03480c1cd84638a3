#pragma once
// One indicator per device: a coloured dot, a symbol and a word (colour is never the only
// signal); the reason for a fault on hover.

#include "devicekit/DeviceManager.h"

#include <QFrame>
#include <QHash>

class QLabel;

namespace ow::gui {

class DeviceBar final : public QFrame {
    Q_OBJECT
public:
    explicit DeviceBar(devicekit::DeviceManager &devices, QWidget *parent = nullptr);

    // For tests and the status line: the indicator's current text and tooltip.
    [[nodiscard]] QLabel *indicator(devicekit::DeviceKind kind) const { return m_labels.value(int(kind)); }

private:
    void refresh(devicekit::DeviceKind kind);

    devicekit::DeviceManager &m_devices;
    QHash<int, QLabel *> m_labels;
};

} // namespace ow::gui
