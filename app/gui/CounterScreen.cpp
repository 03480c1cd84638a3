#include "CounterScreen.h"

#include "AcceptPage.h"
#include "CitizenPanel.h"
#include "CitizenScreen.h"
#include "ConfirmPage.h"
#include "QrFrameScanner.h"
#include "GuidePanel.h"
#include "IdCardView.h"
#include "MatterPicker.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/IdNumber.h"
#include "casework/Notifications.h"
#include "documents/CaseReceipt.h"
#include "documents/FeeReceipt.h"
#include "documents/GuideDocument.h"
#include "documents/PrintArchive.h"
#include "documents/RefusalNotice.h"
#include "storage/Blobs.h"
#include "storage/ProfileStore.h"
#include "documents/TestReceipt.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QTabBar>
#include <QPointer>
#include <QUuid>

#include <algorithm>
#include <QJsonObject>
#include <QDir>
#include <QLoggingCategory>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QStackedWidget>
#include <QTimer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace ow::gui {
namespace {

// The visit draft carries the card as read, photo included (sealed at rest like every draft).
QJsonObject cardToDraft(const core::IdCard &card)
{
    QJsonObject o = card.toJson();
    if (!card.photo.isNull()) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        card.photo.save(&buf, "PNG");
        o.insert("photoPng", QString::fromLatin1(png.toBase64()));
    }
    return o;
}

QByteArray pngBytes(const QImage &image)
{
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    image.save(&buf, "PNG");
    return png;
}

std::optional<core::IdCard> cardFromDraft(const QJsonObject &draft)
{
    if (!draft.contains("card")) return std::nullopt;
    const QJsonObject o = draft.value("card").toObject();
    auto card = core::IdCard::fromJson(o);
    if (!card) return std::nullopt;
    core::IdCard c = card.value();
    c.photo.loadFromData(QByteArray::fromBase64(o.value("photoPng").toString().toLatin1()), "PNG");
    return c;
}

} // namespace

CounterScreen::CounterScreen(Session &session, CitizenPanel &citizen, QWidget *parent)
    : QWidget(parent), m_session(session), m_citizen(citizen)
{
    setObjectName(QStringLiteral("counterScreen"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(20, 8, 20, 6);
    outer->setSpacing(6);

    // The stepper: every step named with its key, the current one marked by weight and a caret.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    const QStringList stepNames = {tr("1  Identify  (Alt+1)"), tr("2  Matters and materials  (Alt+2)"),
                                   tr("3  Citizen confirms  (Alt+3)"), tr("4  Accept and fee  (Alt+4)")};
    for (int i = 0; i < stepNames.size(); ++i) {
        if (i > 0) {
            auto *sep = new QLabel(QStringLiteral("›"), this);
            sep->setProperty("role", "stepSeparator");
            bar->addWidget(sep);
        }
        auto *l = new QLabel(stepNames[i], this);
        l->setObjectName(QStringLiteral("stepLabel%1").arg(i + 1));
        l->setProperty("role", "stepTitle");
        m_stepLabels << l;
        bar->addWidget(l);
    }
    bar->addStretch();
    outer->addLayout(bar);

    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("visitSteps"));
    auto *identifyPage = new QWidget(m_steps);
    identifyPage->setObjectName(QStringLiteral("identifyPage"));
    auto *v = new QVBoxLayout(identifyPage);
    v->setContentsMargins(0, 0, 0, 0);
    v->setSpacing(8);

    m_hint = new QLabel(tr("Place the citizen's ID card on the reader and press F2."), this);
    m_hint->setObjectName(QStringLiteral("identifyHint"));
    v->addWidget(m_hint);

    auto *actions = new QHBoxLayout;
    m_readButton = new QPushButton(tr("Read ID card  (F2)"), this);
    m_readButton->setObjectName(QStringLiteral("readCardButton"));
    m_readButton->setProperty("role", "primary");
    m_readButton->setFocusPolicy(Qt::NoFocus);  // F2 is the way; the button must not steal Enter
    m_printButton = new QPushButton(tr("Print test page  (F9)"), this);
    m_printButton->setObjectName(QStringLiteral("printTestButton"));
    m_printButton->setFocusPolicy(Qt::NoFocus);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("readProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setTextVisible(false);
    m_progress->hide();
    actions->addWidget(m_readButton);
    // The identify step's Enter: on to the matter (UI.md: Enter goes to the next step).
    m_nextButton = new QPushButton(this);
    m_nextButton->setObjectName(QStringLiteral("identifyNextButton"));
    m_nextButton->setAutoDefault(true);
    m_nextButton->hide();
    actions->addWidget(m_nextButton);
    actions->addWidget(m_progress);
    actions->addStretch();
    actions->addWidget(m_printButton);
    v->addLayout(actions);

    m_message = new QFrame(this);
    m_message->setObjectName(QStringLiteral("inlineMessage"));
    auto *mh = new QHBoxLayout(m_message);
    mh->setContentsMargins(12, 8, 12, 8);
    m_messageIcon = new QLabel(m_message);
    m_messageText = new QLabel(m_message);
    m_messageText->setObjectName(QStringLiteral("inlineMessageText"));
    m_messageText->setWordWrap(true);
    m_retry = new QPushButton(tr("Try again  (F2)"), m_message);
    m_retry->setObjectName(QStringLiteral("retryButton"));
    m_retry->setFocusPolicy(Qt::NoFocus);
    mh->addWidget(m_messageIcon);
    mh->addWidget(m_messageText, 1);
    mh->addWidget(m_retry);
    m_message->hide();

    m_draftBar = new QFrame(this);
    m_draftBar->setObjectName(QStringLiteral("draftBar"));
    m_draftBar->setProperty("kind", "info");
    m_draftBar->setStyleSheet(QStringLiteral("QFrame#draftBar { background: #e8f0fe; border: 1px solid #c6dafc; border-radius: 6px; }"));
    auto *dh = new QHBoxLayout(m_draftBar);
    dh->setContentsMargins(12, 8, 12, 8);
    m_draftText = new QLabel(m_draftBar);
    m_draftText->setObjectName(QStringLiteral("draftText"));
    m_draftText->setWordWrap(true);
    auto *restore = new QPushButton(tr("&Restore"), m_draftBar);
    restore->setObjectName(QStringLiteral("restoreDraftButton"));
    auto *discard = new QPushButton(tr("&Discard"), m_draftBar);
    discard->setObjectName(QStringLiteral("discardDraftButton"));
    dh->addWidget(m_draftText, 1);
    dh->addWidget(restore);
    dh->addWidget(discard);
    m_draftBar->hide();
    connect(restore, &QPushButton::clicked, this, &CounterScreen::restoreDraft);
    connect(discard, &QPushButton::clicked, this, &CounterScreen::discardDraft);

    m_card = new IdCardView(this);
    v->addWidget(m_card);

    // Notes on the visit (what the citizen asked, what is missing). Saved as the officer types,
    // a moment after the last key, so a crash loses at most that moment.
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("visitNotes"));
    m_notes->setPlaceholderText(tr("Notes on this visit (kept with the visit, encrypted)"));
    m_notes->setMaximumHeight(90);
    m_notes->setTabChangesFocus(true);
    m_notes->hide();
    v->addWidget(m_notes);
    v->addStretch();

    m_steps->addWidget(identifyPage);
    // The matters step: the visit's matters as tabs (a visit may hold several), then the picker
    // or the guide of the matter on screen.
    auto *mattersStep = new QWidget(m_steps);
    auto *ms = new QVBoxLayout(mattersStep);
    ms->setContentsMargins(0, 0, 0, 0);
    auto *tabsRow = new QHBoxLayout;
    m_matterTabs = new QTabBar(mattersStep);
    m_matterTabs->setObjectName(QStringLiteral("visitMatterTabs"));
    m_matterTabs->setFocusPolicy(Qt::NoFocus);
    m_matterTabs->setExpanding(false);
    m_matterTabs->setDrawBase(false);
    m_removeMatter = new QPushButton(tr("Remove this matter  (Ctrl+Del)"), mattersStep);
    m_removeMatter->setObjectName(QStringLiteral("removeMatterButton"));
    m_removeMatter->setFocusPolicy(Qt::NoFocus);
    tabsRow->addWidget(m_matterTabs, 1);
    tabsRow->addWidget(m_removeMatter);
    ms->addLayout(tabsRow);
    m_matterPages = new QStackedWidget(mattersStep);
    m_matterPages->setObjectName(QStringLiteral("mattersPage"));
    m_picker = new MatterPicker(m_matterPages);
    m_guide = new GuidePanel(m_matterPages);
    m_matterPages->addWidget(m_picker);
    m_matterPages->addWidget(m_guide);
    ms->addWidget(m_matterPages, 1);
    m_steps->addWidget(mattersStep);
    m_confirmPage = new ConfirmPage(m_steps);
    m_steps->addWidget(m_confirmPage);
    m_acceptPage = new AcceptPage(m_steps);
    m_steps->addWidget(m_acceptPage);
    m_citizenScreen = new CitizenScreen(this);
    // An appointment code held up to the camera opens the visit, like the scanner's (identify step,
    // nothing chosen yet).
    m_qrCamera = new QrFrameScanner(m_session.devices(), this);
    connect(m_qrCamera, &QrFrameScanner::scanned, this, [this](const QString &text) {
        if (!casework::appointmentIdFromScan(text).isEmpty()) openAppointment(text);
    });
    // The inline message belongs to whichever step is on screen: it sits between the stepper and the step.
    outer->addWidget(m_message);
    outer->addWidget(m_draftBar);
    outer->addWidget(m_steps, 1);
    connect(m_picker, &MatterPicker::matterChosen, this, [this](const QString &code) { chooseMatter(code); });
    connect(m_guide, &GuidePanel::changeMatterRequested, this, &CounterScreen::findMatter);
    connect(m_guide, &GuidePanel::printChecklistRequested, this, [this] { printGuide(false); });
    connect(m_guide, &GuidePanel::printNoticeRequested, this, [this] { printGuide(true); });
    updateStepBar();
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_notes, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_guide, &GuidePanel::changed, this, [this] {
        if (m_restoring) return;
        syncCurrentMatter();
        refreshVisit();
        m_draftTimer->start();
    });
    connect(m_matterTabs, &QTabBar::tabBarClicked, this, [this](int index) {
        if (index >= 0) loadMatter(index);
    });
    connect(m_removeMatter, &QPushButton::clicked, this, &CounterScreen::removeCurrentMatter);
    connect(m_confirmPage, &ConfirmPage::deliveryChanged, this, [this] {
        m_visit.delivery = m_confirmPage->delivery();
        refreshVisit();
        m_draftTimer->start();
    });
    connect(m_confirmPage, &ConfirmPage::presentRequested, this, &CounterScreen::presentToCitizen);
    // The citizen signs on the signature pad: the simulated pad's glass is the citizen screen, whose
    // drawing it is handed; a workstation without a pad takes the drawing as the signature.
    connect(m_citizenScreen, &CitizenScreen::confirmed, this, [this](const QImage &signature) {
        if (m_session.devices().health(devicekit::DeviceKind::SignaturePad).configured)
            m_session.devices().submitHostSignature(signature);
        else
            onCitizenConfirmed(signature);
    });
    connect(&m_session.devices(), &devicekit::DeviceManager::signatureCaptured, this, [this](const QImage &signature) {
        if (m_citizenScreen->isPresenting()) onCitizenConfirmed(signature);
    });
    connect(&m_session.devices(), &devicekit::DeviceManager::signatureFailed, this, [this](const core::Error &e) {
        if (!m_citizenScreen->isPresenting()) return;
        showMessage(MessageKind::Warning, tr("The signature was not taken: %1").arg(e.message));
        m_citizenScreen->present(confirmationFor());  // a clean signature area to sign again
    });
    connect(m_acceptPage, &AcceptPage::decisionChanged, this,
            [this](int row, casework::IntakeDecision d, const QString &reason, const QString &note) {
                if (row >= m_visit.matters.size()) return;
                auto &m = m_visit.matters[row];
                m.decision = d;
                m.refusalReason = reason;
                m.refusalNote = note;
                refreshVisit();
                m_draftTimer->start();
            });
    connect(m_acceptPage, &AcceptPage::paymentChanged, this, [this](casework::PaymentMethod p) {
        m_visit.payment = p;
        m_draftTimer->start();
    });
    connect(m_acceptPage, &AcceptPage::acceptRequested, this, &CounterScreen::acceptVisit);
    connect(m_draftTimer, &QTimer::timeout, this, &CounterScreen::saveDraft);

    connect(m_readButton, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_nextButton, &QPushButton::clicked, this, &CounterScreen::continueFromIdentify);
    connect(m_retry, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_printButton, &QPushButton::clicked, this, &CounterScreen::printTestPage);

    auto &devices = m_session.devices();
    connect(&devices, &devicekit::DeviceManager::cardRead, this, &CounterScreen::onCardRead);
    connect(&devices, &devicekit::DeviceManager::cardReadFailed, this, &CounterScreen::onReadFailed);
    connect(&devices, &devicekit::DeviceManager::printed, this, [this](quint64 job, const QString &where) {
        if (m_printJobs.contains(job)) {
            emit statusMessage(tr("%1 printed: %2").arg(m_printJobs.take(job), QDir::toNativeSeparators(where)));
            return;
        }
        if (job != m_printJob) return;
        emit statusMessage(tr("%1 printed: %2").arg(m_printWhat, QDir::toNativeSeparators(where)));
    });
    connect(&devices, &devicekit::DeviceManager::printFailed, this, [this](quint64 job, const core::Error &e) {
        const bool acceptance = m_printJobs.contains(job);
        if (!acceptance && job != m_printJob) return;
        const QString what = acceptance ? m_printJobs.take(job) : m_printWhat;
        // The cases are accepted and the PDF is kept: the officer reprints from the case (Ctrl+F).
        showMessage(MessageKind::Error, tr("%1 was not printed. %2").arg(what, e.message));
        emit statusMessage(tr("Printing failed."));
    });
    connect(m_card, &IdCardView::idNumberRevealed, this, [this](const QString &masked) {
        m_session.audit(QString::fromLatin1(storage::audit::kIdReveal), masked);
        emit statusMessage(tr("ID number shown. This look is recorded."));
    });
}

void CounterScreen::setReading(bool reading)
{
    m_reading = reading;
    m_progress->setVisible(reading);
    m_readButton->setEnabled(!reading);
    m_retry->setEnabled(!reading);
}

void CounterScreen::readCard()
{
    if (m_reading) return;
    setReading(true);
    clearCitizen();
    showMessage(MessageKind::Info, tr("Reading the card… keep it flat on the reader."));
    emit statusMessage(tr("Reading the ID card…"));
    m_session.devices().readCard();
}

void CounterScreen::onCardRead(const core::IdCard &card)
{
    setReading(false);
    if (m_locked) return;  // the officer is away: nothing appears, nothing is saved
    // Another citizen's card (also when the reader read it by itself): the notes were about the
    // previous citizen and must not travel into this visit.
    if (!m_current.isNull() && m_current.idNumber != card.idNumber) clearCitizen();
    m_session.audit(QString::fromLatin1(storage::audit::kCardRead), core::IdNumber::mask(card.idNumber),
                    core::idCardKindKey(card.kind));
    // A visit recovered after a crash stays offered until the officer decides: the new card is
    // shown, but not saved over it.
    showCard(card);
    saveDraft();
    emit statusMessage(tr("Card read: %1.").arg(core::idCardKindDisplayName(card.kind)));
}

void CounterScreen::showCard(const core::IdCard &card)
{
    // Another citizen's card: the matters on screen were for someone else and must not be
    // accepted or printed under this name. Matters chosen before any card was read become this
    // citizen's.
    if (!m_visit.matters.isEmpty() && !m_guideHolder.isEmpty() && m_guideHolder != card.idNumber) {
        m_visit.matters.clear();
        m_currentMatter = -1;
        m_guide->clear();
        m_matterPages->setCurrentWidget(m_picker);
    }
    if (!m_visit.matters.isEmpty()) m_guideHolder = card.idNumber;
    if (m_visit.card.idNumber != card.idNumber) {
        // The delivery defaults to the card's holder and address; the phone is asked.
        m_visit.delivery = {};
        m_visit.delivery.recipient = card.name;
        m_visit.delivery.address = card.address;
        m_confirmPage->setDelivery(m_visit.delivery);
    }
    m_current = card;
    m_visit.card = card;
    if (!m_restoring) prefillFromCard();
    m_notes->show();
    m_card->setCard(card);
    const QDate today = core::Clock::system().today();
    m_citizen.setCard(card, today);
    const QLocale locale;
    if (card.isExpiredOn(today)) {
        showMessage(MessageKind::Warning,
                    tr("This card expired on %1. It cannot prove identity for most matters: offer a renewal "
                       "(ID card renewal) or verify by face.")
                        .arg(locale.toString(card.validTo, QLocale::LongFormat)));
    } else if (const QString mismatch = appointmentMismatch(card); !mismatch.isEmpty()) {
        showMessage(MessageKind::Warning, mismatch);
    } else if (card.isNotYetValidOn(today)) {
        showMessage(MessageKind::Warning, tr("This card is not valid until %1.")
                                              .arg(locale.toString(card.validFrom, QLocale::LongFormat)));
    } else if (!card.longTerm && card.validTo.isValid() && today.daysTo(card.validTo) <= 90) {
        showMessage(MessageKind::Info, tr("This card expires in %n day(s): offer a renewal now.", nullptr,
                                          int(today.daysTo(card.validTo))));
    } else {
        showMessage(MessageKind::None, {});
    }
    refreshVisit();
    const QString suggested = suggestedMatter();
    auto cat = m_session.catalog();
    const catalog::Matter *sm = cat && !suggested.isEmpty() ? cat->find(suggested) : nullptr;
    m_nextButton->setText(sm ? tr("Start: %1  (Enter)").arg(sm->name.text()) : tr("Choose the matter  (Enter)"));
    m_nextButton->show();
    if (currentStep() == Step::Identify && !m_restoring) m_nextButton->setFocus(Qt::OtherFocusReason);
    emit cardShown(card);
}

void CounterScreen::setIdentifiedByFace(const core::IdCard &card)
{
    if (m_locked) return;
    if (!m_current.isNull() && m_current.idNumber != card.idNumber) clearCitizen();
    showCard(card);
    m_identifiedByFace = true;
    m_visit.identifiedByFace = true;
    saveDraft();
    showMessage(MessageKind::Info, tr("Identity verified by face (刷脸办): no card was read; the photo shown is the "
                                      "register photo."));
}

QString CounterScreen::suggestedMatter() const
{
    if (m_current.isNull() || !m_visit.matters.isEmpty() || m_current.kind != core::IdCardKind::Resident) return {};
    const QDate today = core::Clock::system().today();
    const bool due = m_current.isExpiredOn(today) ||
                     (!m_current.longTerm && m_current.validTo.isValid() && today.daysTo(m_current.validTo) <= 90);
    return due ? QStringLiteral("HZ-SFZ-HL") : QString();
}

void CounterScreen::continueFromIdentify()
{
    const QString suggested = suggestedMatter();
    if (!suggested.isEmpty() && chooseMatter(suggested)) return;
    if (!m_visit.matters.isEmpty()) showStep(Step::Matters);
    else findMatter();
}

void CounterScreen::receiveAllMaterials()
{
    if (currentStep() != Step::Matters || !m_guide->hasMatter()) return;
    m_guide->receiveAll();
    emit statusMessage(tr("Every material of %1 marked as handed over.").arg(m_guide->matter()->name.text()));
}

QString CounterScreen::draftKey() const { return QStringLiteral("visit:%1").arg(m_session.officerNumber()); }

QJsonObject CounterScreen::visitDraft() const
{
    QJsonObject d{{"notes", m_notes->toPlainText()},
                  {"current", m_currentMatter},
                  {"delivery", m_visit.delivery.toJson()},
                  {"payment", casework::paymentMethodKey(m_visit.payment)}};
    if (!m_current.isNull()) d.insert("card", cardToDraft(m_current));
    QJsonArray matters;
    for (const casework::IntakeMatter &m : m_visit.matters) matters.append(m.toJson());
    d.insert("matters", matters);
    if (!m_visit.ticket.isEmpty()) d.insert("ticket", m_visit.ticket);
    if (m_identifiedByFace) d.insert("identifiedByFace", true);
    if (!m_visit.appointment.isEmpty()) d.insert("appointment", QJsonObject{{"id", m_visit.appointment}, {"idNumber", m_appointmentIdNumber}});
    if (m_visit.citizenConfirmed) {
        d.insert("confirmedKey", m_confirmedKey);
        d.insert("confirmedAt", m_confirmedAt);
        d.insert("signaturePng", QString::fromLatin1(pngBytes(m_signature).toBase64()));
    }
    return d;
}

void CounterScreen::saveDraft()
{
    if (m_draftBar->isVisible()) return;  // the recovered visit is still undecided (see onCardRead)
    if (m_restoring) return;              // half restored: the draft on disk is still the whole one
    // Written at once: a crash or power cut right after the read loses nothing.
    if (m_current.isNull() && m_visit.matters.isEmpty()) return;
    if (auto st = m_session.drafts().save(draftKey(), m_session.officerNumber(), visitDraft()); !st) {
        qCWarning(lcGui).noquote() << "visit draft not saved:" << st.error().describe();
        emit statusMessage(tr("Warning: the visit could not be saved locally. %1").arg(st.error().message));
    }
}

namespace {
// The matters of a draft; a draft written before visits held several matters has one "guide".
QJsonArray draftMatters(const QJsonObject &draft)
{
    if (draft.contains("matters")) return draft.value("matters").toArray();
    const QJsonObject guide = draft.value("guide").toObject();
    return guide.isEmpty() ? QJsonArray{} : QJsonArray{guide};
}
} // namespace

void CounterScreen::offerDraftRestore()
{
    auto draft = m_session.drafts().load(draftKey());
    if (!draft || !draft.value()) return;
    const auto card = cardFromDraft(*draft.value());
    const QJsonArray matters = draftMatters(*draft.value());
    if (!card && matters.isEmpty()) return;
    // The masked number, not the name: the officer recognises the visit, bystanders learn nothing.
    if (card)
        m_draftText->setText(tr("A visit was left unfinished (%1, ID %2). Restore it?")
                                 .arg(core::idCardKindDisplayName(card->kind), core::IdNumber::mask(card->idNumber)));
    else
        m_draftText->setText(tr("A visit was left unfinished (matter %1, no card read). Restore it?")
                                 .arg(matters.first().toObject().value("matter").toString()));
    m_draftBar->show();
}

void CounterScreen::restoreDraft()
{
    auto draft = m_session.drafts().load(draftKey());
    m_draftBar->hide();
    if (!draft || !draft.value()) return;
    const QJsonObject &d = *draft.value();
    const auto card = cardFromDraft(d);
    m_restoring = true;
    if (card) {
        m_session.audit(QString::fromLatin1(storage::audit::kDraftRestore), core::IdNumber::mask(card->idNumber));
        showCard(*card);
        m_notes->blockSignals(true);
        m_notes->setPlainText(d.value("notes").toString());
        m_notes->blockSignals(false);
    }
    // Each matter under the catalog version its answers were given in; one whose matter that
    // catalog lacks stays in the visit (and the draft) until the officer removes it.
    m_visit.matters.clear();
    for (const QJsonValue &v : draftMatters(d)) {
        const QJsonObject o = v.toObject();
        auto cat = m_session.catalogOfVersion(o.value("catalogVersion").toString());
        m_visit.matters << casework::IntakeMatter::fromJson(o, cat ? cat->find(o.value("matter").toString()) : nullptr);
    }
    if (d.contains("delivery")) m_visit.delivery = casework::DeliveryChoice::fromJson(d.value("delivery").toObject());
    m_confirmPage->setDelivery(m_visit.delivery);
    m_visit.payment = casework::paymentMethodFromKey(d.value("payment").toString()).value_or(casework::PaymentMethod::Cash);
    m_acceptPage->setPayment(m_visit.payment);
    m_visit.ticket = d.value("ticket").toString();
    m_identifiedByFace = !m_current.isNull() && d.value("identifiedByFace").toBool();
    m_visit.identifiedByFace = m_identifiedByFace;
    m_visit.appointment = d.value("appointment").toObject().value("id").toString();
    m_appointmentIdNumber = d.value("appointment").toObject().value("idNumber").toString();
    if (d.contains("confirmedKey")) {
        m_signature.loadFromData(QByteArray::fromBase64(d.value("signaturePng").toString().toLatin1()), "PNG");
        if (!m_signature.isNull()) {
            m_confirmedKey = d.value("confirmedKey").toString();
            m_confirmedAt = d.value("confirmedAt").toString();
            m_visit.citizenConfirmed = true;
            m_visit.signatureSha = QString::fromLatin1(
                QCryptographicHash::hash(pngBytes(m_signature), QCryptographicHash::Sha256).toHex());
        }
    }
    m_guideHolder = m_current.idNumber;
    m_currentMatter = -1;
    m_restoring = false;
    if (!m_visit.matters.isEmpty())
        loadMatter(std::clamp(int(d.value("current").toInt()), 0, int(m_visit.matters.size()) - 1));
    refreshVisit();
    saveDraft();
    emit statusMessage(tr("The unfinished visit was restored."));
}

void CounterScreen::discardDraft()
{
    m_draftBar->hide();
    (void)m_session.drafts().remove(draftKey());
    saveDraft();  // the visit now on screen, if any, becomes the draft
    emit statusMessage(tr("The unfinished visit was discarded."));
}

void CounterScreen::clearCitizen()
{
    // A new read starts a new identification: if it fails, no earlier citizen may stay on screen
    // to be mistaken for this one (the earlier visit stays in its draft until a card replaces it).
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        saveDraft();  // the notes typed a moment ago are not lost
    }
    m_current = {};
    m_visit.card = {};
    m_identifiedByFace = false;
    m_visit.identifiedByFace = false;
    m_nextButton->hide();
    m_card->clear();
    m_citizen.clear();
    // The guide stays: an officer may pick the matter before the card is on the reader, and
    // reading it must not throw the answers away. A new visit (issue 7's call-next) resets it.
    m_notes->blockSignals(true);
    m_notes->clear();
    m_notes->blockSignals(false);
    m_notes->hide();
}

void CounterScreen::onReadFailed(const core::Error &error)
{
    setReading(false);
    if (m_locked) return;
    clearCitizen();  // also for reads the reader started itself (a card placed on it)
    showMessage(MessageKind::Error, tr("Could not read the card: %1").arg(error.message), true);
    emit statusMessage(tr("Card not read."));
}

void CounterScreen::printTestPage()
{
    documents::DocumentContext ctx;
    ctx.counterName = m_session.counterName();
    ctx.officerNumber = m_session.officerNumber();
    ctx.printedAt = core::Clock::system().now();
    ctx.practice = m_session.profile().isPractice();
    m_printWhat = tr("The test page");
    m_printJob = m_session.devices().print(std::make_shared<documents::TestReceipt>(ctx));
    emit statusMessage(tr("Printing the test page…"));
}

void CounterScreen::showStep(Step step)
{
    m_steps->setCurrentIndex(int(step));
    switch (step) {
    case Step::Identify: break;
    case Step::Matters:
        if (m_currentMatter >= 0 && m_guide->hasMatter()) {
            m_matterPages->setCurrentWidget(m_guide);
            m_guide->focusFirstOpen();
        } else {
            findMatter();
            return;
        }
        break;
    case Step::Confirm:
        syncCurrentMatter();
        refreshVisit();
        m_confirmPage->focusFirst();
        break;
    case Step::Accept:
        syncCurrentMatter();
        refreshVisit();
        m_acceptPage->focusFirst();
        break;
    }
    updateStepBar();
}

CounterScreen::Step CounterScreen::currentStep() const { return Step(m_steps->currentIndex()); }

void CounterScreen::updateStepBar()
{
    m_qrCamera->setActive(!m_locked && currentStep() == Step::Identify && m_visit.matters.isEmpty());
    for (int i = 0; i < m_stepLabels.size(); ++i) {
        QLabel *l = m_stepLabels[i];
        const bool current = i == m_steps->currentIndex();
        l->setProperty("current", current);
        // Weight and a caret, not colour alone, mark where the officer is.
        QString text = l->text();
        if (text.startsWith(QStringLiteral("▸ "))) text = text.mid(2);
        l->setText(current ? QStringLiteral("▸ ") + text : text);
        l->style()->unpolish(l);
        l->style()->polish(l);
    }
}

void CounterScreen::findMatter()
{
    syncCurrentMatter();
    m_steps->setCurrentIndex(int(Step::Matters));
    auto cat = m_session.catalog();
    m_picker->setCatalog(cat, m_session.matterUsage());
    m_matterPages->setCurrentWidget(m_picker);
    m_picker->activate();
    updateStepBar();
    updateMatterTabs();
    if (!cat) {
        showMessage(MessageKind::Error, tr("The service catalog could not be loaded: %1").arg(m_session.catalogError()));
        return;
    }
    emit statusMessage(m_visit.matters.isEmpty()
                           ? tr("Type Chinese or pinyin initials to find the matter, Enter to choose.")
                           : tr("Find another matter for this visit (Enter adds it), or Esc to go back."));
}

bool CounterScreen::chooseMatter(const QString &code)
{
    // A matter the visit already holds (Enter on the first, recent row): its answers stay.
    for (int i = 0; i < m_visit.matters.size(); ++i) {
        if (m_visit.matters[i].code != code) continue;
        loadMatter(i);
        return m_guide->hasMatter();
    }
    auto cat = m_session.catalog();
    if (!cat || !cat->find(code)) {
        showMessage(MessageKind::Error, tr("The catalog has no matter \"%1\".").arg(code));
        return false;
    }
    syncCurrentMatter();
    casework::IntakeMatter m;
    m.code = code;
    m.catalogVersion = cat->version();
    m.answers = catalog::Guide::defaultAnswers(*cat->find(code));
    m_visit.matters << m;
    if (m_guideHolder.isEmpty()) m_guideHolder = m_current.idNumber;
    m_session.recordMatterUse(code);
    loadMatter(int(m_visit.matters.size()) - 1);
    prefillFromCard();
    m_guide->focusFirstOpen();  // the card may have answered what was first
    refreshVisit();
    saveDraft();
    return true;
}

bool CounterScreen::openGuide(std::shared_ptr<const catalog::Catalog> catalog, const QString &code)
{
    m_guide->setCalendar(m_session.calendar());
    if (!m_guide->setMatter(std::move(catalog), code, core::Clock::system().today())) {
        showMessage(MessageKind::Error, tr("The catalog has no matter \"%1\".").arg(code));
        return false;
    }
    showMessage(MessageKind::None, {});
    showGuidePage();
    emit statusMessage(tr("%1: answer the questions; the checklist follows every answer.").arg(m_guide->matter()->name.text()));
    return true;
}

void CounterScreen::loadMatter(int index)
{
    if (index < 0 || index >= m_visit.matters.size()) return;
    if (index != m_currentMatter) syncCurrentMatter();
    m_currentMatter = index;
    const casework::IntakeMatter &m = m_visit.matters[index];
    m_restoring = true;  // restoring the panel's answers is not an edit
    const bool opened = openGuide(m_session.catalogOfVersion(m.catalogVersion), m.code);
    if (opened) m_guide->restoreState(m.toJson());
    m_restoring = false;
    if (!opened) {
        m_guide->clear();
        m_matterPages->setCurrentWidget(m_picker);
        showMessage(MessageKind::Error, tr("Matter %1 of this visit is not in the catalog on this workstation "
                                           "(version %2): remove it (Ctrl+Del) and choose it again (F4).")
                                            .arg(m.code, m.catalogVersion));
    }
    updateMatterTabs();
}

void CounterScreen::prefillFromCard()
{
    if (m_current.isNull()) return;
    const QDate today = core::Clock::system().today();
    for (int i = 0; i < m_visit.matters.size(); ++i) {
        casework::IntakeMatter &m = m_visit.matters[i];
        auto cat = m_session.catalogOfVersion(m.catalogVersion);
        const catalog::Matter *matter = cat ? cat->find(m.code) : nullptr;
        if (!matter) continue;
        const catalog::GuideAnswers given =
            catalog::Guide::cardAnswers(*matter, m_current.birthDate, m_current.validTo, m_current.longTerm, today);
        for (auto it = given.begin(); it != given.end(); ++it) {
            if (m.answers.contains(it.key())) continue;  // an answer the officer gave stands
            m.answers.insert(it.key(), it.value());
            if (i == m_currentMatter && m_guide->hasMatter() && m_guide->matter()->code == m.code)
                m_guide->setAnswer(it.key(), it.value());
        }
    }
}

void CounterScreen::syncCurrentMatter()
{
    if (m_currentMatter < 0 || m_currentMatter >= m_visit.matters.size() || !m_guide->hasMatter()) return;
    casework::IntakeMatter &m = m_visit.matters[m_currentMatter];
    if (m_guide->matter()->code != m.code) return;
    m.answers = m_guide->answers();
    m.received = m_guide->received();
}

void CounterScreen::removeCurrentMatter()
{
    if (m_currentMatter < 0 || m_currentMatter >= m_visit.matters.size()) return;
    const QString code = m_visit.matters[m_currentMatter].code;
    m_visit.matters.removeAt(m_currentMatter);
    m_currentMatter = -1;
    m_guide->clear();
    if (m_visit.matters.isEmpty()) findMatter();
    else loadMatter(0);
    refreshVisit();
    if (m_current.isNull() && m_visit.matters.isEmpty()) (void)m_session.drafts().remove(draftKey());
    else saveDraft();
    emit statusMessage(tr("Matter %1 removed from this visit.").arg(code));
}

void CounterScreen::switchMatter(int delta)
{
    if (m_visit.matters.size() < 2) return;
    const int n = int(m_visit.matters.size());
    loadMatter(((std::max(m_currentMatter, 0) + delta) % n + n) % n);
}

void CounterScreen::updateMatterTabs()
{
    const QSignalBlocker block(m_matterTabs);
    while (m_matterTabs->count() > m_visit.matters.size()) m_matterTabs->removeTab(m_matterTabs->count() - 1);
    const auto lookup = catalogLookup();
    const QDate today = core::Clock::system().today();
    for (int i = 0; i < m_visit.matters.size(); ++i) {
        const casework::IntakeMatter &m = m_visit.matters[i];
        const auto e = casework::evaluateMatter(m, lookup, today);
        QString text = e ? e->checklist.matter->name.text() : m.code;
        // A word and a mark, not colour alone: what the matter still needs.
        if (!e) text += tr(" (not in catalog)");
        else if (m.decision == casework::IntakeDecision::Refuse) text += tr(" (refused)");
        else if (!e->checklist.complete()) text += tr(" (%n question(s) open)", nullptr, int(e->checklist.openQuestions.size()));
        else if (!e->missing.isEmpty()) text += tr(" (%n missing)", nullptr, int(e->missing.size()));
        else text += QStringLiteral(" ✓");
        text = QStringLiteral("%1  %2").arg(i + 1).arg(text);
        if (i < m_matterTabs->count()) m_matterTabs->setTabText(i, text);
        else m_matterTabs->addTab(text);
    }
    if (m_currentMatter >= 0 && m_matterTabs->currentIndex() != m_currentMatter && m_matterPages->currentWidget() == m_guide)
        m_matterTabs->setCurrentIndex(m_currentMatter);
    m_matterTabs->setVisible(!m_visit.matters.isEmpty());
    m_removeMatter->setVisible(m_currentMatter >= 0 && m_matterPages->currentWidget() == m_guide);
}

casework::CatalogLookup CounterScreen::catalogLookup() const
{
    Session *session = &m_session;
    return [session](const QString &version) { return session->catalogOfVersion(version); };
}

CitizenConfirmation CounterScreen::confirmationFor() const
{
    CitizenConfirmation c;
    c.name = m_current.name.isEmpty() ? m_current.englishName : m_current.name;
    c.gender = m_current.isNull() ? QString() : core::genderDisplayName(m_current.gender);
    c.idNumber = m_current.idNumber;
    const auto lookup = catalogLookup();
    const QDate today = core::Clock::system().today();
    for (const casework::IntakeMatter &m : m_visit.matters) {
        const auto e = casework::evaluateMatter(m, lookup, today);
        const QString name = e ? e->checklist.matter->name.text() : m.code;
        c.matters << (m.decision == casework::IntakeDecision::Refuse ? tr("%1 (not accepted)").arg(name) : name);
    }
    const casework::DeliveryChoice &d = m_visit.delivery;
    c.delivery = d.method == casework::DeliveryMethod::Mail
                     ? tr("By mail to %1, %2\n%3").arg(d.recipient, d.phone, d.address)
                     : tr("Pick up at the counter (SMS to %1)").arg(d.phone.isEmpty() ? tr("no phone given") : d.phone);
    c.fee = m_visit.totalFee(lookup, today).toString(true);
    return c;
}

QString CounterScreen::confirmationKey(const CitizenConfirmation &c)
{
    return QStringList{c.name, c.gender, c.idNumber, c.matters.join(u'\n'), c.delivery, c.fee}.join(QChar(0x1f));
}

void CounterScreen::refreshVisit()
{
    const auto lookup = catalogLookup();
    const QDate today = core::Clock::system().today();
    QList<AcceptPage::Row> rows;
    QStringList summary;
    for (casework::IntakeMatter &m : m_visit.matters) {
        AcceptPage::Row r;
        const auto e = casework::evaluateMatter(m, lookup, today);
        if (!e) {
            r.name = m.code;
            r.feeText = QStringLiteral("—");
            rows << r;
            continue;
        }
        // Accept or accept with the materials to follow is what the ticks say; refusing is the
        // officer's decision.
        if (m.decision != casework::IntakeDecision::Refuse) m.decision = casework::defaultDecision(*e);
        r.name = e->checklist.matter->name.text();
        r.decision = m.decision;
        r.refusalReason = m.refusalReason;
        r.refusalNote = m.refusalNote;
        r.feeText = m.decision == casework::IntakeDecision::Refuse ? QStringLiteral("—")
                                                                   : core::Money{e->checklist.totalFen()}.toString(true);
        if (!e->checklist.complete())
            r.missingText = tr("%n question(s) still open", nullptr, int(e->checklist.openQuestions.size()));
        else if (!e->missing.isEmpty() && m.decision != casework::IntakeDecision::Refuse)
            r.missingText = tr("%n material(s) to follow (one-time notice)", nullptr, int(e->missing.size()));
        rows << r;
        summary << QStringLiteral("• %1 — %2").arg(r.name, r.feeText);
    }
    m_acceptPage->setRows(rows);
    m_acceptPage->setTotal(m_visit.totalFee(lookup, today).toString(true));
    m_acceptPage->setPayment(m_visit.payment);

    const CitizenConfirmation now = confirmationFor();
    const QString key = confirmationKey(now);
    if (m_visit.citizenConfirmed && key != m_confirmedKey && !m_restoring) {
        // What the citizen signed is no longer what would be accepted: they confirm again.
        m_visit.citizenConfirmed = false;
        m_visit.signatureSha.clear();
        m_signature = {};
        m_confirmedKey.clear();
        showMessage(MessageKind::Warning, tr("The details changed after the citizen confirmed them: show them "
                                             "again (F8) so that the citizen confirms what is accepted."));
    }
    // The citizen screen follows the visit while the citizen is still reading.
    if (m_citizenScreen->isPresenting() && !m_visit.citizenConfirmed && key != m_presentedKey) {
        m_presentedKey = key;
        m_citizenScreen->present(now);
    }
    m_confirmPage->setSummary(m_current.isNull()
                                  ? tr("No citizen identified yet.")
                                  : tr("%1, ID %2\n%3").arg(now.name, core::IdNumber::mask(now.idNumber), summary.join(u'\n')));
    m_confirmPage->setSignature(m_visit.citizenConfirmed ? m_signature : QImage(), m_confirmedAt);

    QStringList problems;
    for (const casework::IntakeProblem &p : casework::checkIntake(m_visit, lookup, today)) problems << p.message;
    m_acceptPage->setProblems(problems);
    updateMatterTabs();
}

void CounterScreen::presentToCitizen()
{
    syncCurrentMatter();
    if (m_current.isNull()) {
        showMessage(MessageKind::Info, tr("Read the citizen's ID card first (F2): the citizen confirms their own details."));
        return;
    }
    if (m_visit.matters.isEmpty()) {
        showMessage(MessageKind::Info, tr("Choose the matter first (F4): the citizen confirms what is accepted."));
        return;
    }
    const CitizenConfirmation c = confirmationFor();
    m_presentedKey = confirmationKey(c);
    m_visit.citizenConfirmed = false;
    m_visit.signatureSha.clear();
    m_signature = {};
    m_session.audit(QString::fromLatin1(storage::audit::kCitizenShow), core::IdNumber::mask(c.idNumber),
                    QStringLiteral("%1 matter(s)").arg(c.matters.size()));
    m_citizenScreen->present(c);
    if (m_session.devices().health(devicekit::DeviceKind::SignaturePad).configured) m_session.devices().beginSignature();
    showStep(Step::Confirm);
    showMessage(MessageKind::Info, tr("Shown on the citizen screen: the citizen checks the details and signs."));
    emit statusMessage(tr("Waiting for the citizen to confirm and sign…"));
}

void CounterScreen::onCitizenConfirmed(const QImage &signature)
{
    const CitizenConfirmation now = confirmationFor();
    if (confirmationKey(now) != m_presentedKey) {
        // Changed while the citizen was reading: they confirm what is on the screen now.
        m_presentedKey = confirmationKey(now);
        m_citizenScreen->present(now);
        return;
    }
    m_signature = signature;
    const QByteArray png = pngBytes(signature);
    m_visit.signatureSha = QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex());
    m_visit.citizenConfirmed = true;
    m_confirmedKey = m_presentedKey;
    m_confirmedAt = QLocale().toString(core::Clock::system().now().time(), QLocale::ShortFormat);
    m_session.audit(QString::fromLatin1(storage::audit::kCitizenConfirm), core::IdNumber::mask(now.idNumber),
                    QStringLiteral("signature %1").arg(m_visit.signatureSha.left(16)));
    showMessage(MessageKind::None, {});
    refreshVisit();
    saveDraft();
    showStep(Step::Accept);
    emit statusMessage(tr("The citizen confirmed and signed. Check the decision and fee, then F10 accepts."));
}

bool CounterScreen::acceptVisit()
{
    syncCurrentMatter();
    refreshVisit();
    const QDate today = core::Clock::system().today();
    const QString visitId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto built = casework::buildCases(m_visit, catalogLookup(), today, visitId);
    if (!built) {
        showStep(Step::Accept);
        showMessage(MessageKind::Warning, tr("The visit cannot be accepted yet:\n%1").arg(built.error().message));
        return false;
    }
    QList<storage::CaseRecord> records = built.value();
    if (auto st = m_session.cases().createAll(records, m_session.officerNumber()); !st) {
        qCWarning(lcGui).noquote() << "cases not written:" << st.error().describe();
        showMessage(MessageKind::Error, tr("The cases could not be saved; nothing was accepted. %1 The visit stays "
                                           "on screen: try F10 again.").arg(st.error().message));
        return false;
    }
    m_lastAccepted = records;
    QStringList numbers;
    for (const storage::CaseRecord &c : records) numbers << c.caseNumber;
    // The cases are on disk: what follows (signature, printouts, SMS) never undoes them, and
    // each failure is said on the status line.
    finishAcceptance(records);
    (void)m_session.drafts().remove(draftKey());
    emit visitAccepted(numbers);
    const QString done = tr("Accepted: case(s) %1.").arg(numbers.join(QStringLiteral(", ")));
    startNewVisit();
    showMessage(MessageKind::Info, done);
    emit statusMessage(done);
    return true;
}

void CounterScreen::finishAcceptance(const QList<storage::CaseRecord> &records)
{
    const QString officer = m_session.officerNumber();
    const QDate today = core::Clock::system().today();
    QStringList numbers;
    QStringList problems;
    for (const storage::CaseRecord &c : records) numbers << c.caseNumber;

    // The citizen's signature, sealed and linked to every case of the visit.
    storage::BlobStore blobs(m_session.store().db(), m_session.officer().vault, m_session.store().audit());
    if (!m_signature.isNull()) {
        if (auto st = blobs.putAttached(storage::BlobKind::Signature, pngBytes(m_signature), numbers, officer,
                                        QStringLiteral("signature"));
            !st)
            problems << tr("the signature was not stored (%1)").arg(st.error().message);
    }

    documents::DocumentContext ctx;
    ctx.counterName = m_session.counterName();
    ctx.officerNumber = officer;
    ctx.printedAt = core::Clock::system().now();
    ctx.practice = m_session.profile().isPractice();
    const QString applicant = m_visit.card.name.isEmpty() ? m_visit.card.englishName : m_visit.card.name;
    const QString pickupPlace = m_session.settings().string(QStringLiteral("casework/pickupPlace"), m_session.counterName());

    documents::CaseReceiptData receipt;
    receipt.applicantName = applicant;
    receipt.idNumber = m_visit.card.idNumber;
    receipt.acceptedAt = ctx.printedAt;
    receipt.trackingUrlTemplate = m_session.settings().string(QStringLiteral("casework/trackingUrl"));
    receipt.delivery.method = m_visit.delivery.method == casework::DeliveryMethod::Mail
                                  ? documents::ReceiptDelivery::Method::Express
                                  : documents::ReceiptDelivery::Method::Pickup;
    receipt.delivery.pickupPlace = pickupPlace;
    receipt.delivery.recipient = m_visit.delivery.recipient;
    receipt.delivery.phone = m_visit.delivery.phone;
    receipt.delivery.address = m_visit.delivery.address;
    documents::FeeReceiptData fee;
    fee.payerName = applicant;
    fee.method = m_visit.payment;
    fee.paidAt = ctx.printedAt;
    QList<std::pair<devicekit::PrintDocumentPtr, QString>> printouts;  // document, archive label

    casework::Notifier sms(m_session.store().db(), m_session.officer().vault, m_session.store().audit());
    for (int i = 0; i < records.size() && i < m_visit.matters.size(); ++i) {
        const storage::CaseRecord &c = records[i];
        const casework::IntakeMatter &m = m_visit.matters[i];
        const auto e = casework::evaluateMatter(m, catalogLookup(), today);
        if (!e) continue;
        const catalog::Matter &matter = *e->checklist.matter;
        if (m.decision == casework::IntakeDecision::Refuse) {
            documents::RefusalData r;
            r.applicantName = applicant;
            r.idNumber = c.idNumber;
            r.caseNumber = c.caseNumber;
            r.matterName = matter.name.text();
            r.reason = casework::refusalReasonFromKey(m.refusalReason).value_or(casework::RefusalReason::Other);
            r.details = m.refusalNote;
            for (const catalog::LocalText &basis : matter.legalBasis) r.legalBasis << basis.text();
            r.refusedOn = today;
            printouts.append({std::make_shared<documents::RefusalNotice>(r, ctx),
                              QString::fromLatin1(documents::archive::kRefusalNotice)});
            continue;
        }
        receipt.matters << documents::receiptMatter(e->checklist, c.caseNumber, m.received);
        for (const catalog::ChecklistFee &f : e->checklist.fees)
            fee.items << documents::FeeItem{c.caseNumber, f.fee->name.text(), core::Money{f.fee->amountFen},
                                            f.exemption ? f.exemption->name.text() : QString(), core::Money{f.chargedFen}};
        if (!m_visit.delivery.phone.isEmpty()) {
            if (auto q = sms.queue(casework::NotificationTemplate::Accepted, m_visit.delivery.phone,
                                   {c.caseNumber, matter.name.zh, {}, {}}, officer);
                !q)
                problems << tr("the SMS for %1 was not queued (%2)").arg(c.caseNumber, q.error().message);
        }
    }
    if (!receipt.matters.isEmpty())
        printouts.prepend({std::make_shared<documents::CaseReceipt>(receipt, ctx),
                           QString::fromLatin1(documents::archive::kCaseReceipt)});
    if (std::any_of(fee.items.begin(), fee.items.end(), [](const documents::FeeItem &f) { return f.charged.fen > 0; }))
        printouts.append({std::make_shared<documents::FeeReceipt>(fee, ctx), QString::fromLatin1(documents::archive::kFeeReceipt)});

    for (const auto &[doc, label] : printouts) {
        const quint64 job = m_session.devices().print(doc);
        m_printJobs.insert(job, doc->title());
        m_session.audit(QString::fromLatin1(storage::audit::kCasePrint), numbers.join(u','), label);
    }
    // Kept as PDF with the cases, sealed: rendered and written on a pool thread with its own
    // connection, the window does not wait for it.
    auto vault = m_session.officer().vault;
    QPointer<CounterScreen> self(this);
    auto future = m_session.runInBackground([printouts, numbers, officer, vault](storage::ProfileStore &store) -> core::Status {
        storage::BlobStore blobs(store.db(), vault, store.audit());
        documents::PrintArchive archive(blobs, store.audit());
        for (const auto &[doc, label] : printouts)
            if (auto r = archive.archive(*doc, label, numbers, officer); !r) return r.error();
        return {};
    });
    future.then(this, [self](core::Status st) {
        if (self && !st) emit self->statusMessage(tr("Warning: the printouts were not kept with the cases. %1").arg(st.error().message));
    });
    if (!problems.isEmpty())
        emit statusMessage(tr("Accepted, but %1.").arg(problems.join(QStringLiteral("; "))));
}

bool CounterScreen::openAppointment(const QString &scanned)
{
    const QString id = casework::appointmentIdFromScan(scanned);
    if (id.isEmpty()) {
        showMessage(MessageKind::Warning, tr("The scanned code is not an appointment code."));
        return false;
    }
    if (hasVisitInProgress()) {
        showMessage(MessageKind::Warning, tr("Appointment %1: finish the current visit (F10) or remove its matters "
                                             "(Ctrl+Del) first, then scan it again.").arg(id));
        return false;
    }
    // Bookings the central service sent since: into the book first.
    if (auto taken = m_session.appointments().takeFromInbox(m_session.store().db()); !taken)
        qCWarning(lcGui).noquote() << "pulled appointments not taken:" << taken.error().describe();
    auto found = m_session.appointments().find(id);
    if (!found) {
        showMessage(MessageKind::Error, tr("The appointments could not be read: %1").arg(found.error().message));
        return false;
    }
    if (!found.value()) {
        showMessage(MessageKind::Warning, tr("No appointment %1 on this workstation: look it up with the citizen's ID "
                                             "number, or start the visit without it.").arg(id));
        return false;
    }
    const casework::Appointment a = *found.value();
    const QString ticket = m_visit.ticket;
    // A card read a moment ago stays: the citizen showed it before the code, not instead.
    const core::IdCard card = m_current;
    startNewVisit(ticket);
    m_visit.appointment = a.id;
    m_appointmentIdNumber = a.idNumber;
    if (!card.isNull()) showCard(card);  // checked against the booking there
    const bool cardMismatch = !card.isNull() && card.idNumber != a.idNumber;
    if (!chooseMatter(a.matterCode)) return false;
    // The citizen's own answers (the card, when read, has answered what it can).
    auto cat = m_session.catalog();
    const casework::IntakeMatter given = casework::IntakeMatter::fromJson(
        QJsonObject{{"matter", a.matterCode}, {"answers", a.answers}}, cat ? cat->find(a.matterCode) : nullptr);
    for (auto it = given.answers.begin(); it != given.answers.end(); ++it) m_guide->setAnswer(it.key(), it.value());
    m_visit.delivery = a.delivery;
    if (m_visit.delivery.phone.isEmpty()) m_visit.delivery.phone = a.phone;
    m_confirmPage->setDelivery(m_visit.delivery);
    m_session.audit(QString::fromLatin1(storage::audit::kAppointmentOpen), core::IdNumber::mask(a.idNumber), a.id);
    syncCurrentMatter();
    refreshVisit();
    saveDraft();
    if (cardMismatch) {
        // The warning showCard gave comes back: it matters more than the greeting.
        showMessage(MessageKind::Warning, appointmentMismatch(card));
        return true;
    }
    showMessage(MessageKind::Info, card.isNull()
                                       ? tr("Appointment %1 opened (%2, booked for %3): the answers are pre-filled. Read "
                                            "the citizen's ID card (F2) to check it is them.")
                                             .arg(a.id, m_guide->matter()->name.text(),
                                                  QLocale().toString(a.slot, QLocale::ShortFormat))
                                       : tr("Appointment %1 opened (%2, booked for %3): the answers are pre-filled and the "
                                            "card matches the booking.")
                                             .arg(a.id, m_guide->matter()->name.text(),
                                                  QLocale().toString(a.slot, QLocale::ShortFormat)));
    return true;
}

QString CounterScreen::appointmentMismatch(const core::IdCard &card) const
{
    if (m_appointmentIdNumber.isEmpty() || card.isNull() || m_appointmentIdNumber == card.idNumber) return {};
    return tr("This card (ID %1) is not the one appointment %2 was booked with (ID %3): check who is at the counter "
              "before going on.")
        .arg(core::IdNumber::mask(card.idNumber), m_visit.appointment, core::IdNumber::mask(m_appointmentIdNumber));
}

bool CounterScreen::hasVisitInProgress() const { return !m_visit.matters.isEmpty(); }

void CounterScreen::startNewVisit(const QString &ticket)
{
    if (m_draftTimer->isActive()) m_draftTimer->stop();
    clearCitizen();
    m_visit = {};
    m_visit.ticket = ticket;
    m_appointmentIdNumber.clear();
    m_currentMatter = -1;
    m_guideHolder.clear();
    m_guide->clear();
    m_signature = {};
    m_confirmedKey.clear();
    m_presentedKey.clear();
    m_confirmedAt.clear();
    m_matterPages->setCurrentWidget(m_picker);
    m_confirmPage->setDelivery({});
    m_acceptPage->setPayment(casework::PaymentMethod::Cash);
    m_citizenScreen->showWelcome();
    showMessage(MessageKind::None, {});
    refreshVisit();
    showStep(Step::Identify);
    saveDraft();
}

void CounterScreen::showGuidePage()
{
    m_steps->setCurrentIndex(int(Step::Matters));
    m_matterPages->setCurrentWidget(m_guide);
    updateStepBar();
    m_guide->focusFirstOpen();
}

void CounterScreen::print()
{
    if (currentStep() == Step::Matters && m_guide->hasMatter()) printGuide(false);
    else printTestPage();
}

void CounterScreen::printNotice()
{
    if (!m_guide->hasMatter()) {
        showMessage(MessageKind::Info, tr("Choose the matter first (F4): the notice lists what that matter still needs."));
        return;
    }
    printGuide(true);
}

void CounterScreen::printGuide(bool notice)
{
    if (!m_guide->hasMatter()) return;
    documents::DocumentContext ctx;
    ctx.counterName = m_session.counterName();
    ctx.officerNumber = m_session.officerNumber();
    ctx.printedAt = core::Clock::system().now();
    ctx.practice = m_session.profile().isPractice();
    documents::CitizenLine citizen;
    if (!m_current.isNull()) {
        citizen.name = m_current.name;
        citizen.maskedIdNumber = core::IdNumber::mask(m_current.idNumber);
        // A printout with the citizen's name is a use of personal data: recorded before it is made.
        m_session.audit(QString::fromLatin1(storage::audit::kCasePrint), citizen.maskedIdNumber,
                        QStringLiteral("%1 %2").arg(notice ? QStringLiteral("one-time notice") : QStringLiteral("checklist"),
                                                    m_guide->matter()->code));
    }
    const auto kind = notice ? documents::GuideDocument::Kind::OneTimeNotice : documents::GuideDocument::Kind::Checklist;
    auto doc = std::make_shared<documents::GuideDocument>(kind, m_guide->catalog(), m_guide->checklist(), ctx,
                                                          documents::guideUrl(m_session.guideUrlTemplate(), m_guide->matter()->code),
                                                          citizen, m_guide->received());
    m_printWhat = notice ? tr("The one-time notice") : tr("The checklist");
    m_printJob = m_session.devices().print(doc);
    emit statusMessage(notice ? tr("Printing the one-time notice…") : tr("Printing the checklist…"));
}

void CounterScreen::showMessage(MessageKind kind, const QString &text, bool offerRetry)
{
    if (kind == MessageKind::None) {
        m_message->hide();
        return;
    }
    const char *kindName = kind == MessageKind::Error ? "error" : kind == MessageKind::Warning ? "warning" : "info";
    m_message->setProperty("kind", kindName);
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    // Colour is never the only signal: an icon and words say the same.
    const QStyle::StandardPixmap icon = kind == MessageKind::Error     ? QStyle::SP_MessageBoxCritical
                                        : kind == MessageKind::Warning ? QStyle::SP_MessageBoxWarning
                                                                       : QStyle::SP_MessageBoxInformation;
    m_messageIcon->setPixmap(style()->standardIcon(icon).pixmap(24, 24));
    m_messageText->setText(text);
    m_retry->setVisible(offerRetry);
    m_message->show();
}

} // namespace ow::gui
