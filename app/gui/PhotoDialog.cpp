#include "PhotoDialog.h"

#include "FacePreview.h"
#include "Session.h"

#include "core/Clock.h"
#include "core/IdNumber.h"
#include "documents/PhotoSheet.h"
#include "identity/ImageConvert.h"
#include "storage/AuditLog.h"
#include "storage/ProfileStore.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QImageReader>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QShortcut>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace ow::gui {

PhotoDialog::PhotoDialog(Session &session, FaceContext context, QString idNumber, QWidget *parent)
    : QDialog(parent), m_session(session), m_context(std::move(context)), m_idNumber(std::move(idNumber))
{
    setObjectName(QStringLiteral("photoDialog"));
    setWindowTitle(tr("Standard ID photo (F7)"));
    auto *v = new QVBoxLayout(this);
    auto *row = new QHBoxLayout;

    auto *left = new QVBoxLayout;
    m_preview = new FacePreview(session.devices(), m_context.models, this);
    m_preview->setMinimumSize(400, 300);
    left->addWidget(m_preview, 1);
    auto *specRow = new QHBoxLayout;
    auto *specLabel = new QLabel(tr("Specification"), this);
    m_spec = new QComboBox(this);
    m_spec->setObjectName(QStringLiteral("photoSpec"));
    for (const identity::PhotoSpec &s : {identity::PhotoSpec::idCard(), identity::PhotoSpec::exitEntry()})
        m_spec->addItem(s.name, s.id);
    specLabel->setBuddy(m_spec);
    specRow->addWidget(specLabel);
    specRow->addWidget(m_spec, 1);
    left->addLayout(specRow);
    auto *takeRow = new QHBoxLayout;
    m_take = new QPushButton(tr("Take the photo  (Space)"), this);
    m_take->setObjectName(QStringLiteral("takePhotoButton"));
    m_take->setProperty("role", "primary");
    m_file = new QPushButton(tr("From a file…"), this);
    m_file->setObjectName(QStringLiteral("photoFileButton"));
    takeRow->addWidget(m_take);
    takeRow->addWidget(m_file);
    left->addLayout(takeRow);
    row->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    m_photo = new QLabel(this);
    m_photo->setObjectName(QStringLiteral("standardPhoto"));
    m_photo->setFixedSize(179, 221);  // half the ID card photo's 358 x 441
    m_photo->setAlignment(Qt::AlignCenter);
    m_photo->setStyleSheet(QStringLiteral("background: #f0f0f0; border: 1px solid #ccc;"));
    right->addWidget(m_photo, 0, Qt::AlignHCenter);
    m_checks = new QListWidget(this);
    m_checks->setObjectName(QStringLiteral("photoChecks"));
    m_checks->setMinimumWidth(420);
    m_checks->setWordWrap(true);
    m_checks->setResizeMode(QListView::Adjust);
    m_checks->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_checks->setSelectionMode(QAbstractItemView::NoSelection);
    m_checks->setFocusPolicy(Qt::NoFocus);
    right->addWidget(m_checks, 1);
    row->addLayout(right);
    v->addLayout(row, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("photoStatus"));
    m_status->setWordWrap(true);
    v->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    m_keep = new QPushButton(tr("Keep with the citizen"), this);
    m_keep->setObjectName(QStringLiteral("keepPhotoButton"));
    m_keep->setEnabled(false);
    m_print = new QPushButton(tr("Print photo sheet  (F9)"), this);
    m_print->setObjectName(QStringLiteral("printSheetButton"));
    m_print->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    for (QPushButton *b : {m_take, m_file, m_keep, m_print, close}) b->setAutoDefault(false);
    buttons->addWidget(m_keep);
    buttons->addWidget(m_print);
    buttons->addStretch();
    buttons->addWidget(close);
    v->addLayout(buttons);

    connect(m_take, &QPushButton::clicked, this, &PhotoDialog::takeFromCamera);
    connect(m_file, &QPushButton::clicked, this, &PhotoDialog::chooseFile);
    connect(m_keep, &QPushButton::clicked, this, &PhotoDialog::keepWithCitizen);
    connect(m_print, &QPushButton::clicked, this, &PhotoDialog::printSheet);
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    connect(new QShortcut(QKeySequence(Qt::Key_Space), this), &QShortcut::activated, this, &PhotoDialog::takeFromCamera);
    connect(new QShortcut(QKeySequence(Qt::Key_F9), this), &QShortcut::activated, this, &PhotoDialog::printSheet);

    m_watcher = new QFutureWatcher<core::Result<identity::StandardPhoto>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, [this] {
        m_busy = false;
        m_take->setEnabled(true);
        m_file->setEnabled(true);
        showResult(m_watcher->future().result());
    });
    auto &devices = m_session.devices();
    connect(&devices, &devicekit::DeviceManager::printed, this, [this](quint64, const QString &) {
        m_status->setText(tr("The photo sheet was printed."));
    });

    if (!m_context.models) {
        m_take->setEnabled(false);
        m_file->setEnabled(false);
        m_status->setText(tr("Face models are not installed, so the photo cannot be measured against the specification. "
                             "Ask the citizen for photos from a studio."));
    } else if (m_idNumber.isEmpty()) {
        m_status->setText(tr("Nobody is identified yet: the photo can be made and printed, but kept only after the card "
                             "is read or the face verified."));
    } else {
        m_status->setText(tr("Ask the citizen to look straight at the camera, then press Space."));
    }
    offerStored();
    resize(980, 600);
}

storage::StandardPhotoStore PhotoDialog::photoStore()
{
    return storage::StandardPhotoStore(m_session.store().db(), m_session.officer().vault, m_session.store().audit(),
                                       m_session.store().clock());
}

void PhotoDialog::offerStored()
{
    if (m_idNumber.isEmpty()) return;
    auto store = photoStore();
    auto found = store.latestValid(m_idNumber, m_context.photoValidMonths);
    if (!found || !found.value()) return;
    auto jpeg = store.jpeg(found.value()->sha256);
    if (!jpeg) {
        m_status->setText(tr("A kept photo could not be opened: %1").arg(jpeg.error().message));
        return;
    }
    QImage img;
    img.loadFromData(jpeg.value(), "JPEG");
    if (img.isNull()) return;
    m_reusable = *found.value();
    m_photoSha = m_reusable->sha256;
    m_session.audit(QString::fromLatin1(storage::audit::kPhotoView), core::IdNumber::mask(m_idNumber),
                    QStringLiteral("%1 %2").arg(m_reusable->spec, m_reusable->sha256));
    showPhoto(img);
    const QLocale locale;
    const QDate taken = m_reusable->takenAt.toLocalTime().date();
    m_status->setText(tr("A photo kept on %1 can be used again until %2 (一照通用). Print a sheet with F9, or take a new one.")
                          .arg(locale.toString(taken, QLocale::ShortFormat),
                               locale.toString(taken.addMonths(m_context.photoValidMonths), QLocale::ShortFormat)));
    m_print->setEnabled(true);
}

void PhotoDialog::takeFromCamera()
{
    if (m_busy || !m_context.models) return;
    const QImage frame = m_preview->lastFrame();
    if (frame.isNull()) {
        m_status->setText(tr("No camera picture yet: check the camera in the device bar, or take the photo from a file."));
        return;
    }
    standardize(frame);
}

void PhotoDialog::takeFromImage(const QImage &image)
{
    if (m_busy || !m_context.models || image.isNull()) return;
    standardize(image);
}

void PhotoDialog::chooseFile()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Photo file"), {}, tr("Images (*.jpg *.jpeg *.png *.bmp)"));
    if (file.isEmpty()) return;
    QImageReader reader(file);
    reader.setAutoTransform(true);
    const QImage img = reader.read();
    if (img.isNull()) {
        m_status->setText(tr("The file cannot be read as a picture: %1").arg(reader.errorString()));
        return;
    }
    takeFromImage(img);
}

void PhotoDialog::standardize(const QImage &image)
{
    m_busy = true;
    m_take->setEnabled(false);
    m_file->setEnabled(false);
    m_keep->setEnabled(false);
    m_status->setText(tr("Measuring the photo…"));
    const auto spec = identity::PhotoSpec::fromId(m_spec->currentData().toString()).value_or(identity::PhotoSpec::idCard());
    auto models = m_context.models;
    m_watcher->setFuture(QtConcurrent::run([models, spec, image] {
        return identity::PhotoStandardizer(models, spec).standardize(image);
    }));
}

void PhotoDialog::showPhoto(const QImage &photo)
{
    m_shown = photo;
    m_photo->setPixmap(QPixmap::fromImage(photo.scaled(m_photo->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
}

QStringList PhotoDialog::checkTexts() const
{
    QStringList out;
    for (int i = 0; i < m_checks->count(); ++i) out << m_checks->item(i)->text();
    return out;
}

void PhotoDialog::showResult(const core::Result<identity::StandardPhoto> &r)
{
    m_checks->clear();
    if (!r) {
        m_result.reset();
        m_status->setText(tr("The photo could not be measured: %1").arg(r.error().message));
        return;
    }
    m_result = r.value();
    // Every check in words, failures first: what to fix is read first.
    QList<identity::PhotoCheck> checks = m_result->checks;
    std::stable_sort(checks.begin(), checks.end(), [](const auto &a, const auto &b) { return !a.passed && b.passed; });
    for (const identity::PhotoCheck &c : checks) {
        auto *item = new QListWidgetItem((c.passed ? QStringLiteral("✓ ") : QStringLiteral("✗ ")) + c.message, m_checks);
        item->setForeground(c.passed ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x00, 0x20));
    }
    if (!m_result->image.empty()) showPhoto(identity::imageFromMat(m_result->image));
    const bool ok = m_result->ok();
    m_photoSha.clear();
    m_reusable.reset();
    if (ok) {
        m_status->setText(m_idNumber.isEmpty()
                              ? tr("The photo meets the specification (%1 KB). Print a sheet with F9.").arg(m_result->jpeg.size() / 1024)
                              : tr("The photo meets the specification (%1 KB). Keep it with the citizen to use it again.")
                                    .arg(m_result->jpeg.size() / 1024));
    } else {
        m_status->setText(tr("The photo does not meet the specification: %n problem(s), listed first. Adjust and take it again.",
                             nullptr, int(m_result->failures().size())));
    }
    m_keep->setEnabled(ok && !m_idNumber.isEmpty());
    m_print->setEnabled(ok);
}

bool PhotoDialog::keepWithCitizen()
{
    if (!m_result || !m_result->ok() || m_idNumber.isEmpty()) return false;
    auto stored = photoStore().record(m_idNumber, m_result->jpeg, m_spec->currentData().toString(), m_session.officerNumber());
    if (!stored) {
        m_status->setText(tr("The photo was not kept: %1").arg(stored.error().message));
        return false;
    }
    m_photoSha = stored.value().sha256;
    m_keep->setEnabled(false);
    const QDate until = stored.value().takenAt.toLocalTime().date().addMonths(m_context.photoValidMonths);
    m_status->setText(tr("Kept with the citizen (encrypted). It is offered again on later visits until %1.")
                          .arg(QLocale().toString(until, QLocale::ShortFormat)));
    emit photoKept(m_photoSha);
    return true;
}

void PhotoDialog::printSheet()
{
    if (m_shown.isNull() || !m_print->isEnabled()) return;
    documents::DocumentContext ctx;
    ctx.counterName = m_session.counterName();
    ctx.officerNumber = m_session.officerNumber();
    ctx.printedAt = core::Clock::system().now();
    ctx.practice = m_session.profile().isPractice();
    // A print of the citizen's face is a use of personal data: recorded before it is made.
    m_session.audit(QString::fromLatin1(storage::audit::kPhotoPrint),
                    m_idNumber.isEmpty() ? QStringLiteral("-") : core::IdNumber::mask(m_idNumber),
                    m_photoSha.isEmpty() ? QStringLiteral("not kept") : m_photoSha);
    m_session.devices().print(std::make_shared<documents::PhotoSheet>(m_shown, ctx));
    m_status->setText(tr("Printing the photo sheet (10 one-inch photos, free of charge)…"));
}

} // namespace ow::gui
