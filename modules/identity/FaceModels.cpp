#include "identity/FaceModels.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>

namespace ow::identity {

QStringList FaceModels::requiredFiles()
{
    return {QStringLiteral("blazeface_front_128.onnx"), QStringLiteral("blazeface_back_256.onnx"),
            QStringLiteral("face_recognition_model-weights_manifest.json"),
            QStringLiteral("face_recognition_model.bin")};
}

namespace {

bool complete(const QString &dir)
{
    if (dir.isEmpty()) return false;
    const QDir d(dir);
    for (const QString &f : FaceModels::requiredFiles())
        if (!QFileInfo(d.filePath(f)).isFile()) return false;
    return true;
}

} // namespace

core::Error modelsMissingError(const QString &detail)
{
    return core::makeError(QStringLiteral("face.models"),
                           QCoreApplication::translate("ow::identity", "Face models not installed: run packaging/dev.sh build."),
                           detail);
}

QString FaceModels::locate(const QString &configured)
{
    // A configured folder is used or refused, never silently replaced by another one.
    if (!configured.isEmpty()) return complete(configured) ? QDir(configured).absolutePath() : QString();
    QStringList candidates;
    const QString env = qEnvironmentVariable("OW_MODELS_DIR");
    if (!env.isEmpty()) candidates << env;
    const QString appDir = QCoreApplication::instance() ? QCoreApplication::applicationDirPath() : QString();
    if (!appDir.isEmpty())
        candidates << QDir(appDir).filePath(QStringLiteral("../models"))
                   << QDir(appDir).filePath(QStringLiteral("../share/onewindow/models"));
    for (const QString &c : candidates)
        if (complete(c)) return QDir(c).absolutePath();
    return {};
}

std::shared_ptr<FaceModels> FaceModels::shared(const QString &configured)
{
    static std::mutex mutex;
    static QHash<QString, std::shared_ptr<FaceModels>> cache;
    const QString dir = locate(configured);
    const QString key = dir.isEmpty() ? configured : dir;
    std::lock_guard lock(mutex);
    auto &slot = cache[key];
    if (!slot) slot = std::make_shared<FaceModels>(key);
    return slot;
}

FaceModels::FaceModels(QString dir) : m_dir(std::move(dir)) {}

void FaceModels::loadOnce() const
{
    std::call_once(m_once, [this] {
        if (!complete(m_dir)) {
            m_error = modelsMissingError(m_dir.isEmpty() ? QStringLiteral("no models folder found")
                                                         : QStringLiteral("incomplete models folder %1").arg(m_dir));
            return;
        }
        const QDir d(m_dir);
        auto det = FaceDetector::load(d.filePath(QStringLiteral("blazeface_front_128.onnx")),
                                      d.filePath(QStringLiteral("blazeface_back_256.onnx")));
        if (!det) {
            m_error = det.error();
            return;
        }
        auto desc = FaceDescriptor::load(d.filePath(QStringLiteral("face_recognition_model-weights_manifest.json")),
                                         d.filePath(QStringLiteral("face_recognition_model.bin")));
        if (!desc) {
            m_error = desc.error();
            return;
        }
        m_detector = std::move(det).value();
        m_descriptor = std::move(desc).value();
    });
}

core::Status FaceModels::available() const
{
    loadOnce();
    if (m_error) return *m_error;
    return {};
}

core::Result<const FaceDetector *> FaceModels::detector() const
{
    loadOnce();
    if (m_error) return *m_error;
    return static_cast<const FaceDetector *>(m_detector.get());
}

core::Result<const FaceDescriptor *> FaceModels::descriptor() const
{
    loadOnce();
    if (m_error) return *m_error;
    return static_cast<const FaceDescriptor *>(m_descriptor.get());
}

} // namespace ow::identity
