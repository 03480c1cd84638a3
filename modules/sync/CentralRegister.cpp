#include "sync/CentralRegister.h"

#include "core/IdNumber.h"
#include "sync/Logging.h"
#include "sync/Transport.h"
#include "sync/Wire.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QImageReader>
#include <QJsonDocument>
#include <QJsonObject>

namespace ow::sync {

QString CentralRegister::sourceName() { return QCoreApplication::translate("ow::sync", "central register"); }

core::Result<core::IdCard> CentralRegister::lookup(const QString &idNumber) const
{
    const QString id = core::IdNumber::normalize(idNumber);
    const QString masked = core::IdNumber::mask(id);
    // One transport per lookup: a lookup is rare (a citizen without a card) and a transport is
    // not shared between threads.
    Transport transport(m_settings);
    if (auto st = transport.preflight(); !st) {
        qCInfo(lcSync) << "register lookup for" << masked << "not tried:" << st.error().code;
        return st.error();
    }
    HttpRequest req;
    req.method = "POST";
    req.path = QStringLiteral("/v1/register-photo");
    req.body = QJsonDocument(QJsonObject{{"protocol", kProtocolVersion}, {"idNumber", id}}).toJson(QJsonDocument::Compact);
    req.gzipBody = true;
    const HttpReply reply = transport.perform(req);
    if (reply.answered() && reply.status == 404) {
        qCInfo(lcSync) << "register lookup for" << masked << ": not in the central register";
        return core::makeError(QStringLiteral("register.not_found"),
                               QCoreApplication::translate("ow::sync", "The central register has no photo for %1.").arg(masked),
                               QStringLiteral("HTTP 404 from %1").arg(m_settings.server));
    }
    if (!reply.answered() || reply.status != 200) {
        const core::Error e = Transport::describe(reply);
        qCWarning(lcSync) << "register lookup for" << masked << "failed:" << e.code << e.detail;
        return e;
    }
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    const QByteArray jpeg = QByteArray::fromBase64(o.value(u"photo").toString().toLatin1());
    core::IdCard card;
    card.idNumber = id;
    if (!jpeg.isEmpty()) {
        QBuffer buffer;
        buffer.setData(jpeg);
        QImageReader reader(&buffer, "jpeg");
        card.photo = reader.read();
    }
    // The answer must be about the number asked, with a photo: anything else is not used.
    if (o.value(u"idNumber").toString().toUpper() != id || card.photo.isNull()) {
        qCWarning(lcSync) << "register lookup for" << masked << ": answer not understood (" << reply.body.size() << "bytes)";
        return core::makeError(QStringLiteral("register.unreadable"),
                               QCoreApplication::translate("ow::sync", "The central register's answer cannot be read. Try again, or "
                                                                       "compare with a photo the citizen brings."),
                               QStringLiteral("%1 bytes, photo %2 bytes").arg(reply.body.size()).arg(jpeg.size()));
    }
    if (auto parsed = core::IdNumber::parse(id, QDate::currentDate())) {
        card.birthDate = parsed.value().birthDate();
        card.gender = parsed.value().gender();
    }
    card.name = o.value(u"name").toString();
    card.nationCode = o.value(u"nationCode").toString();
    card.address = o.value(u"address").toString();
    qCInfo(lcSync) << "register lookup for" << masked << ": found";
    return card;
}

} // namespace ow::sync
