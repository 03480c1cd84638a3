#include "CounterScreen.h"

#include "CitizenPanel.h"
#include "IdCardView.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/IdNumber.h"
#include "documents/TestReceipt.h"
#include "storage/AuditLog.h"
#include "storage/Cases.h"

#include <QBuffer>
#include <QJsonObject>
#include <QDir>
#include <QLoggingCategory>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QTimer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace ow::gui {
namespace {

// The visit draft carries the card as read, photo included (sealed at rest like every draft).
QJsonObject cardToDraft(const core::IdCard &card, const QString &notes)
{
    QJsonObject o = card.toJson();
    if (!card.photo.isNull()) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        card.photo.save(&buf, "PNG");
        o.insert("photoPng", QString::fromLatin1(png.toBase64()));
    }
    return QJsonObject{{"step", "identify"}, {"card", o}, {"notes", notes}};
}

std::optional<core::IdCard> cardFromDraft(const QJsonObject &draft)
{
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
    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(24, 16, 24, 16);
    v->setSpacing(12);

    auto *step = new QLabel(tr("1  Identify"), this);
    step->setObjectName(QStringLiteral("stepTitle"));
    step->setProperty("role", "stepTitle");
    v->addWidget(step);

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
    v->addWidget(m_message);

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
    v->addWidget(m_draftBar);
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
    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(400);
    connect(m_notes, &QPlainTextEdit::textChanged, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_draftTimer, &QTimer::timeout, this, &CounterScreen::saveDraft);

    connect(m_readButton, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_retry, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_printButton, &QPushButton::clicked, this, &CounterScreen::printTestPage);

    auto &devices = m_session.devices();
    connect(&devices, &devicekit::DeviceManager::cardRead, this, &CounterScreen::onCardRead);
    connect(&devices, &devicekit::DeviceManager::cardReadFailed, this, &CounterScreen::onReadFailed);
    connect(&devices, &devicekit::DeviceManager::printed, this, [this](quint64 job, const QString &where) {
        if (job != m_printJob) return;
        emit statusMessage(tr("Test page printed: %1").arg(QDir::toNativeSeparators(where)));
    });
    connect(&devices, &devicekit::DeviceManager::printFailed, this, [this](quint64 job, const core::Error &e) {
        if (job != m_printJob) return;
        showMessage(MessageKind::Error, tr("The test page was not printed. %1").arg(e.message));
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
    m_current = card;
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
    } else if (card.isNotYetValidOn(today)) {
        showMessage(MessageKind::Warning, tr("This card is not valid until %1.")
                                              .arg(locale.toString(card.validFrom, QLocale::LongFormat)));
    } else if (!card.longTerm && card.validTo.isValid() && today.daysTo(card.validTo) <= 90) {
        showMessage(MessageKind::Info, tr("This card expires in %n day(s): offer a renewal now.", nullptr,
                                          int(today.daysTo(card.validTo))));
    } else {
        showMessage(MessageKind::None, {});
    }
    emit cardShown(card);
}

QString CounterScreen::draftKey() const { return QStringLiteral("visit:%1").arg(m_session.officerNumber()); }

void CounterScreen::saveDraft()
{
    if (m_draftBar->isVisible()) return;  // the recovered visit is still undecided (see onCardRead)
    // Written at once: a crash or power cut right after the read loses nothing.
    if (m_current.isNull()) return;
    if (auto st = m_session.drafts().save(draftKey(), m_session.officerNumber(),
                                          cardToDraft(m_current, m_notes->toPlainText()));
        !st) {
        qCWarning(lcGui).noquote() << "visit draft not saved:" << st.error().describe();
        emit statusMessage(tr("Warning: the visit could not be saved locally. %1").arg(st.error().message));
    }
}

void CounterScreen::offerDraftRestore()
{
    auto draft = m_session.drafts().load(draftKey());
    if (!draft || !draft.value()) return;
    const auto card = cardFromDraft(*draft.value());
    if (!card) return;
    // The masked number, not the name: the officer recognises the visit, bystanders learn nothing.
    m_draftText->setText(tr("A visit was left unfinished (%1, ID %2). Restore it?")
                             .arg(core::idCardKindDisplayName(card->kind), core::IdNumber::mask(card->idNumber)));
    m_draftBar->show();
}

void CounterScreen::restoreDraft()
{
    auto draft = m_session.drafts().load(draftKey());
    m_draftBar->hide();
    if (!draft || !draft.value()) return;
    const auto card = cardFromDraft(*draft.value());
    if (!card) return;
    m_session.audit(QString::fromLatin1(storage::audit::kDraftRestore), core::IdNumber::mask(card->idNumber));
    showCard(*card);
    m_notes->blockSignals(true);
    m_notes->setPlainText(draft.value()->value("notes").toString());
    m_notes->blockSignals(false);
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
    m_card->clear();
    m_citizen.clear();
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
    m_printJob = m_session.devices().print(std::make_shared<documents::TestReceipt>(ctx));
    emit statusMessage(tr("Printing the test page…"));
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
