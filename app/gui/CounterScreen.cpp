#include "CounterScreen.h"

#include "CitizenPanel.h"
#include "GuidePanel.h"
#include "IdCardView.h"
#include "MatterPicker.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/IdNumber.h"
#include "documents/GuideDocument.h"
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
#include <QStackedWidget>
#include <QTimer>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

Q_DECLARE_LOGGING_CATEGORY(lcGui)

namespace ow::gui {
namespace {

// The visit draft carries the card as read, photo included, the notes and the guide's answers
// (sealed at rest like every draft). A visit may have a guide and no card yet.
QJsonObject visitToDraft(const core::IdCard &card, const QString &notes, const QJsonObject &guide)
{
    QJsonObject draft{{"notes", notes}};
    if (!guide.isEmpty()) draft.insert("guide", guide);
    if (card.isNull()) return draft;
    QJsonObject o = card.toJson();
    if (!card.photo.isNull()) {
        QByteArray png;
        QBuffer buf(&png);
        buf.open(QIODevice::WriteOnly);
        card.photo.save(&buf, "PNG");
        o.insert("photoPng", QString::fromLatin1(png.toBase64()));
    }
    draft.insert("card", o);
    return draft;
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
    outer->setContentsMargins(24, 12, 24, 12);
    outer->setSpacing(10);

    // The stepper: every step named with its key, the current one marked by weight and a caret.
    auto *bar = new QHBoxLayout;
    bar->setSpacing(6);
    const QStringList stepNames = {tr("1  Identify  (Alt+1)"), tr("2  Matters  (Alt+2)")};
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
    v->setSpacing(12);

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
    m_matterPages = new QStackedWidget(m_steps);
    m_matterPages->setObjectName(QStringLiteral("mattersPage"));
    m_picker = new MatterPicker(m_matterPages);
    m_guide = new GuidePanel(m_matterPages);
    m_matterPages->addWidget(m_picker);
    m_matterPages->addWidget(m_guide);
    m_steps->addWidget(m_matterPages);
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
    connect(m_guide, &GuidePanel::changed, m_draftTimer, qOverload<>(&QTimer::start));
    connect(m_draftTimer, &QTimer::timeout, this, &CounterScreen::saveDraft);

    connect(m_readButton, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_retry, &QPushButton::clicked, this, &CounterScreen::readCard);
    connect(m_printButton, &QPushButton::clicked, this, &CounterScreen::printTestPage);

    auto &devices = m_session.devices();
    connect(&devices, &devicekit::DeviceManager::cardRead, this, &CounterScreen::onCardRead);
    connect(&devices, &devicekit::DeviceManager::cardReadFailed, this, &CounterScreen::onReadFailed);
    connect(&devices, &devicekit::DeviceManager::printed, this, [this](quint64 job, const QString &where) {
        if (job != m_printJob) return;
        emit statusMessage(tr("%1 printed: %2").arg(m_printWhat, QDir::toNativeSeparators(where)));
    });
    connect(&devices, &devicekit::DeviceManager::printFailed, this, [this](quint64 job, const core::Error &e) {
        if (job != m_printJob) return;
        showMessage(MessageKind::Error, tr("%1 was not printed. %2").arg(m_printWhat, e.message));
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
    // Another citizen's card: the open guide was for someone else and must not be printed under
    // this name. A guide started before any card was read becomes this citizen's.
    if ((m_guide->hasMatter() || !m_unrestoredGuide.isEmpty()) && !m_guideHolder.isEmpty() && m_guideHolder != card.idNumber) {
        m_guide->clear();
        m_unrestoredGuide = {};
        m_matterPages->setCurrentWidget(m_picker);
    }
    if (m_guide->hasMatter()) m_guideHolder = card.idNumber;
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
    if (m_restoring) return;              // half restored: the draft on disk is still the whole one
    // Written at once: a crash or power cut right after the read loses nothing.
    if (m_current.isNull() && !m_guide->hasMatter() && m_unrestoredGuide.isEmpty()) return;
    if (auto st = m_session.drafts().save(draftKey(), m_session.officerNumber(),
                                          visitToDraft(m_current, m_notes->toPlainText(),
                                                       m_guide->hasMatter() ? m_guide->state() : m_unrestoredGuide));
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
    const QString matter = draft.value()->value("guide").toObject().value("matter").toString();
    if (!card && matter.isEmpty()) return;
    // The masked number, not the name: the officer recognises the visit, bystanders learn nothing.
    if (card)
        m_draftText->setText(tr("A visit was left unfinished (%1, ID %2). Restore it?")
                                 .arg(core::idCardKindDisplayName(card->kind), core::IdNumber::mask(card->idNumber)));
    else
        m_draftText->setText(tr("A visit was left unfinished (matter %1, no card read). Restore it?").arg(matter));
    m_draftBar->show();
}

void CounterScreen::restoreDraft()
{
    auto draft = m_session.drafts().load(draftKey());
    m_draftBar->hide();
    if (!draft || !draft.value()) return;
    const auto card = cardFromDraft(*draft.value());
    const QJsonObject guide = draft.value()->value("guide").toObject();
    if (card) {
        m_session.audit(QString::fromLatin1(storage::audit::kDraftRestore), core::IdNumber::mask(card->idNumber));
        showCard(*card);
        m_notes->blockSignals(true);
        m_notes->setPlainText(draft.value()->value("notes").toString());
        m_notes->blockSignals(false);
    }
    if (!guide.isEmpty()) {
        // Under the catalog version the answers were given in; nothing is saved until they are all back.
        m_restoring = true;
        if (openGuide(m_session.catalogOfVersion(guide.value("catalogVersion").toString()), guide.value("matter").toString()))
            m_guide->restoreState(guide);
        else {
            m_unrestoredGuide = guide;  // kept in the draft until another matter is chosen
            m_guideHolder = m_current.idNumber;
        }
        m_restoring = false;
    }
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
    if (step == Step::Matters) {
        if (m_guide->hasMatter()) {
            m_matterPages->setCurrentWidget(m_guide);
            m_guide->focusFirstOpen();
        } else {
            findMatter();
            return;
        }
    }
    updateStepBar();
}

CounterScreen::Step CounterScreen::currentStep() const { return Step(m_steps->currentIndex()); }

void CounterScreen::updateStepBar()
{
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
    m_steps->setCurrentIndex(int(Step::Matters));
    auto cat = m_session.catalog();
    m_picker->setCatalog(cat, m_session.matterUsage());
    m_matterPages->setCurrentWidget(m_picker);
    m_picker->activate();
    updateStepBar();
    if (!cat) {
        showMessage(MessageKind::Error, tr("The service catalog could not be loaded: %1").arg(m_session.catalogError()));
        return;
    }
    emit statusMessage(tr("Type Chinese or pinyin initials to find the matter, Enter to choose."));
}

bool CounterScreen::chooseMatter(const QString &code)
{
    // The matter already open (Enter on the first, recent row): its answers stay.
    if (m_guide->hasMatter() && m_guide->matter()->code == code) {
        showGuidePage();
        return true;
    }
    if (!openGuide(m_session.catalog(), code)) return false;
    m_session.recordMatterUse(code);
    saveDraft();
    return true;
}

bool CounterScreen::openGuide(std::shared_ptr<const catalog::Catalog> catalog, const QString &code)
{
    if (!m_guide->setMatter(std::move(catalog), code, core::Clock::system().today())) {
        showMessage(MessageKind::Error, tr("The catalog has no matter \"%1\".").arg(code));
        return false;
    }
    m_guideHolder = m_current.idNumber;
    m_unrestoredGuide = {};
    showMessage(MessageKind::None, {});
    showGuidePage();
    emit statusMessage(tr("%1: answer the questions; the checklist follows every answer.").arg(m_guide->matter()->name.text()));
    return true;
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
