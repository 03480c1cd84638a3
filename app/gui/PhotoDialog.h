#pragma once
// F7, the standard ID photo (一照通用): from the live camera (Space) or an image file, made to the
// chosen specification (PhotoStandardizer, on the thread pool) with every check shown in words;
// a photo that passes is kept with the citizen (sealed, StandardPhotoStore) and can be printed
// free as a sheet of 1-inch photos. A photo kept on an earlier visit and still valid (setting
// identity/photoValidMonths) is offered first. Every view and print of a stored photo is audited.

#include "FaceContext.h"

#include "identity/PhotoStandardizer.h"
#include "storage/StandardPhotos.h"

#include <QDialog>
#include <QFutureWatcher>
#include <QImage>

#include <optional>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace ow::gui {

class FacePreview;
class Session;

class PhotoDialog final : public QDialog {
    Q_OBJECT
public:
    // `idNumber` empty: nobody identified yet (the photo can be made and printed, not kept).
    PhotoDialog(Session &session, FaceContext context, QString idNumber, QWidget *parent = nullptr);

    // Standardises the camera picture on screen now / an image (from a file).
    void takeFromCamera();
    void takeFromImage(const QImage &image);
    void chooseFile();
    // Keeps the photo made with the citizen; false (and a message) when it cannot.
    bool keepWithCitizen();
    // Prints the photo on screen (made now or reused) as a 4R sheet.
    void printSheet();

    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] const std::optional<identity::StandardPhoto> &result() const { return m_result; }
    [[nodiscard]] const std::optional<storage::StoredPhoto> &reusable() const { return m_reusable; }
    // The blob of the photo of this visit (kept now or reused), empty when none.
    [[nodiscard]] const QString &photoSha() const { return m_photoSha; }
    [[nodiscard]] QStringList checkTexts() const;
    [[nodiscard]] FacePreview *preview() const { return m_preview; }

signals:
    void photoKept(const QString &sha256);

private:
    void standardize(const QImage &image);
    void showResult(const core::Result<identity::StandardPhoto> &r);
    void showPhoto(const QImage &photo);
    void offerStored();
    [[nodiscard]] storage::StandardPhotoStore photoStore();

    Session &m_session;
    FaceContext m_context;
    QString m_idNumber;
    QFutureWatcher<core::Result<identity::StandardPhoto>> *m_watcher = nullptr;
    std::optional<identity::StandardPhoto> m_result;
    std::optional<storage::StoredPhoto> m_reusable;
    QImage m_shown;  // the photo on screen (made or reused)
    QString m_photoSha;
    bool m_busy = false;

    FacePreview *m_preview = nullptr;
    QComboBox *m_spec = nullptr;
    QLabel *m_photo = nullptr;
    QLabel *m_status = nullptr;
    QListWidget *m_checks = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_file = nullptr;
    QPushButton *m_keep = nullptr;
    QPushButton *m_print = nullptr;
};

} // namespace ow::gui
