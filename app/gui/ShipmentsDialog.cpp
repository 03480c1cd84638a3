#include "ShipmentsDialog.h"

#include "Session.h"

#include "core/Clock.h"
#include "documents/DocumentContext.h"
#include "documents/PrintArchive.h"
#include "documents/ShippingList.h"
#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/Cases.h"
#include "storage/ProfileStore.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ow::gui {

ShipmentsDialog::ShipmentsDialog(Session &session, QWidget *parent) : QDialog(parent), m_session(session)
{
    setObjectName(QStringLiteral("shipmentsDialog"));
    setWindowTitle(tr("Express deliveries of the day"));
    auto *v = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("shipmentsSummary"));
    m_summary->setWordWrap(true);
    v->addWidget(m_summary);
    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("shipmentsTable"));
    m_table->setHorizontalHeaderLabels({tr("Recipient"), tr("Phone"), tr("Address"), tr("Cases in the parcel")});
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    v->addWidget(m_table, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *print = buttons->addButton(tr("Print the shipping list  (F9)"), QDialogButtonBox::ActionRole);
    print->setObjectName(QStringLiteral("printShippingButton"));
    v->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(print, &QPushButton::clicked, this, &ShipmentsDialog::printList);
    auto *f9 = new QAction(this);
    f9->setShortcut(QKeySequence(Qt::Key_F9));
    connect(f9, &QAction::triggered, this, &ShipmentsDialog::printList);
    addAction(f9);
    resize(960, 520);
    reload();
}

void ShipmentsDialog::reload()
{
    QList<casework::Delivery> deliveries;
    auto ready = m_session.cases().findByStatus(core::CaseStatus::ReadyForPickup);
    if (!ready) {
        m_summary->setText(tr("The ready cases could not be read: %1").arg(ready.error().message));
        return;
    }
    for (const storage::CaseRecord &c : ready.value()) {
        const QJsonObject delivery = c.payload.value("delivery").toObject();
        if (delivery.value("method").toString() != u"mail") continue;
        deliveries << casework::Delivery{c.caseNumber, delivery.value("recipient").toString(), c.phone, c.address,
                                         c.updatedAt.toLocalTime()};
    }
    m_merged = casework::mergeShipments(deliveries);
    // Names, phones and addresses on screen: one audit row for the list.
    m_session.audit(QString::fromLatin1(storage::audit::kCaseView), QStringLiteral("shipments"),
                    QStringLiteral("%1 case(s)").arg(deliveries.size()));
    m_table->setRowCount(int(m_merged.shipments.size()));
    for (int i = 0; i < m_merged.shipments.size(); ++i) {
        const casework::Shipment &s = m_merged.shipments[i];
        const QStringList cells{s.recipient, documents::maskPhone(s.phone), s.address, s.caseNumbers.join(QStringLiteral("\n"))};
        for (int col = 0; col < cells.size(); ++col) m_table->setItem(i, col, new QTableWidgetItem(cells[col]));
    }
    m_table->resizeRowsToContents();
    m_summary->setText(deliveries.isEmpty()
                           ? tr("No case ready to be mailed.")
                           : tr("%1 case(s) to mail in %2 parcel(s): %3 parcel(s) saved by merging.")
                                 .arg(deliveries.size())
                                 .arg(m_merged.shipments.size())
                                 .arg(m_merged.savedParcels));
}

void ShipmentsDialog::printList()
{
    if (m_merged.shipments.isEmpty()) return;
    documents::DocumentContext ctx;
    ctx.counterName = m_session.counterName();
    ctx.officerNumber = m_session.officerNumber();
    ctx.printedAt = core::Clock::system().now();
    ctx.practice = m_session.profile().isPractice();
    auto doc = std::make_shared<documents::ShippingList>(m_merged, ctx.printedAt.date(), ctx);
    QStringList numbers;
    for (const casework::Shipment &s : m_merged.shipments) numbers << s.caseNumbers;
    m_session.audit(QString::fromLatin1(storage::audit::kCasePrint), QStringLiteral("shipments"),
                    QStringLiteral("%1 parcel(s)").arg(m_merged.shipments.size()));
    m_session.devices().print(doc);
    const QString officer = m_session.officerNumber();
    auto vault = m_session.officer().vault;
    (void)m_session.runInBackground([doc, numbers, officer, vault](storage::ProfileStore &store) -> core::Status {
        storage::BlobStore blobs(store.db(), vault, store.audit());
        documents::PrintArchive archive(blobs, store.audit());
        if (auto r = archive.archive(*doc, QString::fromLatin1(documents::archive::kShippingList), numbers, officer); !r)
            return r.error();
        return {};
    });
    m_summary->setText(m_summary->text() + u'\n' + tr("The shipping list is being printed."));
}

} // namespace ow::gui
