#pragma once
// 刷脸办 online: the central register (sync::CentralRegister, over the workstation's mutual-TLS
// connection) as an identity::RegisterPhotoSource. It lives in the app because the layers keep
// identity and sync apart; both speak core::IdCard, so this is only the seam between them.

#include "identity/RegisterPhotos.h"
#include "sync/CentralRegister.h"

namespace ow::gui {

class CentralRegisterPhotoSource final : public identity::RegisterPhotoSource {
public:
    explicit CentralRegisterPhotoSource(sync::SyncSettings settings) : m_register(std::move(settings)) {}
    [[nodiscard]] QString name() const override { return sync::CentralRegister::sourceName(); }
    [[nodiscard]] QString key() const override { return QStringLiteral("central"); }
    [[nodiscard]] core::Result<core::IdCard> lookup(const QString &idNumber) const override { return m_register.lookup(idNumber); }

private:
    sync::CentralRegister m_register;
};

} // namespace ow::gui
