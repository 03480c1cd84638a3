#include "FaceDesk.h"

#include "CentralRegisterPhotoSource.h"
#include "CitizenPanel.h"
#include "CounterScreen.h"
#include "FacePreview.h"
#include "FaceVerifyDialog.h"
#include "PhotoDialog.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/IdNumber.h"
#include "storage/AuditLog.h"
#include "storage/Blobs.h"
#include "storage/ProfileStore.h"
#include "storage/StandardPhotos.h"
#include "sync/SyncSettings.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent>

// The bundled practice register photos live in this static library: registered explicitly, as the
// linker may drop an unreferenced resource initialiser.
static void initPracticeResources() { Q_INIT_RESOURCE(practice); }

namespace ow::gui {

FaceContext FaceContext::fromSession(Session &session)
{
    FaceContext c;
    auto &s = session.settings();
    const QString data = session.profile().dataDir();
    c.settings.modelsDir = s.string(QString::fromLatin1(identity::FaceSettings::kModelsDirKey)).replace(QStringLiteral("{data}"), data);
    bool ok = false;
    const double d = s.value(QString::fromLatin1(identity::FaceSettings::kMaxDistanceKey)).toDouble(&ok);
    if (ok && d > 0 && d < 2) c.settings.maxDistance = d;
    c.photoValidMonths = std::clamp(s.value(QStringLiteral("identity/photoValidMonths"), 6).toInt(), 0, 120);
    // Looked up without loading: the models load on first use, on a worker thread.
    if (!identity::FaceModels::locate(c.settings.modelsDir).isEmpty())
        c.models = identity::FaceModels::shared(c.settings.modelsDir);
    const QString dir = s.string(QStringLiteral("identity/registerPhotoDir"), QDir(data).filePath(QStringLiteral("register-photos")))
                            .replace(QStringLiteral("{data}"), data);
    QStringList dirs{dir};
    // Practice can try 刷脸办 at once: a bundled register photo of the simulated camera's face.
    if (session.profile().isPractice()) {
        initPracticeResources();
        dirs << QStringLiteral(":/onewindow/practice/register-photos");
    }
    auto local = std::make_shared<identity::LocalRegisterPhotoSource>(dirs);
    // With sync set up the central register is asked first; the local folders stay behind it so
    // a house call without network still finds the photos fetched before it left.
    const sync::SyncSettings syncSettings = sync::SyncSettings::fromProfile(session.profile());
    if (syncSettings.configured())
        c.registerPhotos = std::make_shared<identity::ChainRegisterPhotoSource>(
            QList<std::shared_ptr<const identity::RegisterPhotoSource>>{std::make_shared<CentralRegisterPhotoSource>(syncSettings),
                                                                        local});
    else
        c.registerPhotos = local;
    return c;
}

IdNumberDialog::IdNumberDialog(QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("idNumberDialog"));
    setWindowTitle(tr("Identify by face (刷脸办)"));
    auto *v = new QVBoxLayout(this);
    auto *text = new QLabel(tr("The citizen has no card with them. Type their ID number: the register photo is "
                               "fetched and their face verified against it."),
                            this);
    text->setWordWrap(true);
    v->addWidget(text);
    m_edit = new QLineEdit(this);
    m_edit->setObjectName(QStringLiteral("faceIdNumber"));
    m_edit->setMaxLength(20);
    m_edit->setPlaceholderText(tr("18-character ID number"));
    v->addWidget(m_edit);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("faceIdError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    v->addWidget(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Fetch the register photo"));
    connect(buttons, &QDialogButtonBox::accepted, this, &IdNumberDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    v->addWidget(buttons);
    resize(460, 180);
}

void IdNumberDialog::showError(const QString &text) { m_error->setText(text); }

void IdNumberDialog::setBusy(bool busy)
{
    m_edit->setEnabled(!busy);
    if (busy) m_error->setText(tr("Fetching the register photo…"));
}

void IdNumberDialog::submit()
{
    auto parsed = core::IdNumber::parse(m_edit->text(), core::Clock::system().today());
    if (!parsed) {
        showError(parsed.error().message);
        return;
    }
    m_id = parsed.value().text();
    emit submitted(m_id);
}

FaceDesk::FaceDesk(Session &session, CounterScreen &counter, CitizenPanel &citizen, QWidget *window)
    : QObject(window), m_session(session), m_counter(counter), m_citizen(citizen), m_window(window)
{
    m_context = FaceContext::fromSession(session);
    m_lookup = new QFutureWatcher<Lookup>(this);
    installPreview();
    connect(&counter, &CounterScreen::cardShown, this, &FaceDesk::onCardShown);
    connect(&counter, &CounterScreen::visitAccepted, this, &FaceDesk::attachPhoto);
}

void FaceDesk::attachPhoto(const QStringList &caseNumbers)
{
    if (m_visitPhotoSha.isEmpty()) return;
    storage::BlobStore blobs(m_session.store().db(), m_session.officer().vault, m_session.store().audit(),
                             m_session.store().clock());
    for (const QString &number : caseNumbers)
        if (auto st = blobs.attach(m_visitPhotoSha, number, m_session.officerNumber()); !st)
            emit statusMessage(tr("The photo was not linked to case %1: %2").arg(number, st.error().message));
    m_visitPhotoSha.clear();
    m_visitPhotoId.clear();
}

FaceVerifyDialog *FaceDesk::verifyDialog() const { return m_verify.data(); }
PhotoDialog *FaceDesk::photoDialog() const { return m_photo.data(); }

void FaceDesk::installPreview()
{
    // The identify step shows the live camera: the officer sees at once that the camera works and
    // where the citizen should stand, and F3 / F7 are named beside it.
    auto *page = m_counter.findChild<QWidget *>(QStringLiteral("identifyPage"));
    auto *layout = page ? qobject_cast<QVBoxLayout *>(page->layout()) : nullptr;
    if (!layout) return;
    auto *row = new QWidget(page);
    row->setObjectName(QStringLiteral("identifyCameraRow"));
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    m_identifyPreview = new FacePreview(m_session.devices(), m_context.models, row);
    m_identifyPreview->setFixedSize(240, 180);
    h->addWidget(m_identifyPreview);
    auto *side = new QVBoxLayout;
    auto *hint = new QLabel(row);
    hint->setObjectName(QStringLiteral("identifyCameraHint"));
    hint->setWordWrap(true);
    hint->setProperty("role", "fieldName");
    hint->setText(tr("F3  verify the face against the card photo\n"
                     "F3  without a card: identify by face (刷脸办)\n"
                     "F7  take the standard ID photo (一照通用)"));
    side->addWidget(hint);
    // The visit notes sit beside the camera rather than under it: the identify step fits a
    // 1366 x 768 screen with the queue and citizen columns.
    if (auto *notes = page->findChild<QWidget *>(QStringLiteral("visitNotes"))) {
        layout->removeWidget(notes);
        side->addWidget(notes, 1);
    } else {
        side->addStretch();
    }
    h->addLayout(side, 1);
    // After the card view.
    layout->insertWidget(std::min(3, layout->count()), row);
}

void FaceDesk::onCardShown(const core::IdCard &card)
{
    m_citizen.setIdentityNote({});
    if (card.idNumber != m_visitPhotoId) {
        m_visitPhotoSha.clear();
        m_visitPhotoId.clear();
    }
    refreshReusablePhoto(card.idNumber);
}

void FaceDesk::refreshReusablePhoto(const QString &idNumber)
{
    storage::StandardPhotoStore store(m_session.store().db(), m_session.officer().vault, m_session.store().audit(),
                                      m_session.store().clock());
    auto found = store.latestValid(idNumber, m_context.photoValidMonths);
    if (!found || !found.value()) {
        m_citizen.setReusablePhoto({});
        return;
    }
    const QDate taken = found.value()->takenAt.toLocalTime().date();
    m_citizen.setReusablePhoto(tr("Reusable photo ✓ (%1)").arg(QLocale().toString(taken, QLocale::ShortFormat)));
}

void FaceDesk::verifyFace()
{
    if (m_verify && m_verify->isVisible()) {
        m_verify->raise();
        m_verify->activateWindow();
        return;
    }
    const core::IdCard card = m_counter.currentCard();
    if (!card.isNull()) {
        if (!card.photo.isNull()) {
            openVerification(card, QStringLiteral("chip"), false);
        } else {
            emit statusMessage(tr("The card's photo could not be read: fetching the register photo…"));
            lookUpRegister(card.idNumber);
        }
        return;
    }
    if (m_idDialog && m_idDialog->isVisible()) return;
    m_idDialog = new IdNumberDialog(m_window);
    m_idDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_idDialog, &IdNumberDialog::submitted, this, &FaceDesk::lookUpRegister);
    m_idDialog->open();
}

void FaceDesk::lookUpRegister(const QString &idNumber)
{
    if (m_lookup->isRunning()) return;
    if (m_idDialog) m_idDialog->setBusy(true);
    auto source = m_context.registerPhotos;
    const bool byFace = m_counter.currentCard().isNull();
    m_lookup->disconnect(this);
    connect(m_lookup, &QFutureWatcherBase::finished, this, [this, idNumber, byFace] {
        const Lookup l = m_lookup->future().result();
        // Every source asked is audited, found or not: asking the central register sends the
        // number out of the workstation.
        const QString masked = core::IdNumber::mask(idNumber);
        for (const auto &step : l.steps)
            m_session.audit(QString::fromLatin1(storage::audit::kRegisterPhotoLookup), masked,
                            QStringLiteral("%1: %2").arg(step.key, step.code.isEmpty() ? QStringLiteral("found") : step.code));
        if (m_idDialog) m_idDialog->setBusy(false);
        if (!l.card) {
            if (m_idDialog) m_idDialog->showError(l.card.error().message);
            emit statusMessage(l.card.error().message);
            return;
        }
        const QString from = l.steps.isEmpty() ? QString() : l.steps.last().source;
        m_session.audit(QString::fromLatin1(storage::audit::kRegisterPhotoView), masked,
                        l.steps.isEmpty() ? QString() : l.steps.last().key);
        // Found further down the chain: the officer learns the central register was not used.
        if (l.steps.size() > 1)
            emit statusMessage(tr("Register photo from the %1. %2").arg(from, l.steps.first().message));
        if (m_idDialog) m_idDialog->accept();
        openVerification(l.card.value(), QStringLiteral("register"), byFace);
    });
    m_lookup->setFuture(QtConcurrent::run([source, idNumber] {
        Lookup l;
        l.card = source->lookupTraced(idNumber, &l.steps);
        return l;
    }));
}

void FaceDesk::openVerification(const core::IdCard &card, const QString &referenceKind, bool identifyByFace)
{
    m_verify = new FaceVerifyDialog(m_session, m_context, card.photo, referenceKind, card.idNumber, m_window);
    m_verify->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_verify, &QDialog::finished, this, [this, card, identifyByFace](int result) {
        // Only "Continue" goes on; Esc after a match leaves the visit as it was.
        if (result != QDialog::Accepted || !m_verify || !m_verify->verified()) {
            emit statusMessage(tr("Face not verified."));
            return;
        }
        if (identifyByFace) {
            m_session.audit(QString::fromLatin1(storage::audit::kIdentityByFace), core::IdNumber::mask(card.idNumber),
                            QStringLiteral("register photo"));
            m_counter.setIdentifiedByFace(card);
            m_citizen.setIdentityNote(tr("Identity verified by face ✓ (no card)"));
        } else {
            m_citizen.setIdentityNote(tr("Face verified ✓"));
        }
        emit statusMessage(identifyByFace ? tr("Identity verified by face: the visit continues without a card.")
                                          : tr("Face verified: the citizen is the card holder."));
    });
    m_verify->open();
}

void FaceDesk::takePhoto()
{
    if (m_photo && m_photo->isVisible()) {
        m_photo->raise();
        m_photo->activateWindow();
        return;
    }
    const QString id = m_counter.currentCard().idNumber;
    m_photo = new PhotoDialog(m_session, m_context, id, m_window);
    m_photo->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_photo, &PhotoDialog::photoKept, this, [this, id](const QString &sha) {
        m_visitPhotoSha = sha;
        m_visitPhotoId = id;
        refreshReusablePhoto(id);
        emit statusMessage(tr("Standard photo kept with the citizen."));
    });
    connect(m_photo, &QDialog::finished, this, [this, id] {
        if (m_photo && !m_photo->photoSha().isEmpty() && !id.isEmpty()) {
            m_visitPhotoSha = m_photo->photoSha();
            m_visitPhotoId = id;
        }
    });
    m_photo->open();
}

} // namespace ow::gui
