#pragma once
// The day's express deliveries (并件): every case ready and to be mailed, merged into one parcel
// when the recipient, phone and address agree (casework::mergeShipments), with the parcels saved;
// F9 prints the shipping list for the courier (and keeps it with the cases, sealed).

#include "casework/Shipments.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ow::gui {

class Session;

class ShipmentsDialog final : public QDialog {
    Q_OBJECT
public:
    explicit ShipmentsDialog(Session &session, QWidget *parent = nullptr);

    // Reads the ready cases to be mailed and merges them (audited as a view of their addresses).
    void reload();
    void printList();
    [[nodiscard]] const casework::MergeResult &merged() const { return m_merged; }

private:
    Session &m_session;
    casework::MergeResult m_merged;
    QLabel *m_summary = nullptr;
    QTableWidget *m_table = nullptr;
};

} // namespace ow::gui
