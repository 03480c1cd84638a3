#include "Cli.h"

#include "casework/Appointments.h"
#include "core/IdNumber.h"
#include "storage/ProfileStore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>

namespace ow::cli {
namespace {

int appointmentsUsage(Context &ctx)
{
    ctx.err << QCoreApplication::translate("ow::cli",
                                           "Usage: onewindow-cli appointments import FILE --officer NUMBER\n"
                                           "       onewindow-cli appointments list --officer NUMBER")
            << "\n";
    return kUsage;
}

} // namespace

// Appointments hold personal data: both commands need an officer (the book is sealed under the
// profile's key). The list masks ID numbers and prints each appointment's QR text.
int runAppointments(Context &ctx, const QStringList &args)
{
    const bool import = args.size() == 2 && args[0] == u"import";
    const bool list = args == QStringList{QStringLiteral("list")};
    if (!import && !list) return appointmentsUsage(ctx);
    QByteArray json;
    if (import) {
        QFile f(args[1]);
        if (!f.open(QIODevice::ReadOnly)) {
            ctx.err << QCoreApplication::translate("ow::cli", "Cannot read %1: %2").arg(args[1], f.errorString()) << "\n";
            return kFailure;
        }
        json = f.readAll();
    }
    auto store = openStore(ctx);
    if (!store) return kFailure;
    auto who = authenticate(ctx, *store);
    if (!who) return kFailure;
    casework::AppointmentBook book(QDir(ctx.profile.dataDir()).filePath(QStringLiteral("appointments.sealed")),
                                   who.value().vault);
    if (import) {
        auto n = book.importJson(json);
        if (!n) return printFailure(ctx, n.error());
        printJson(ctx.out, QJsonObject{{"imported", n.value()}});
        return kOk;
    }
    auto all = book.all();
    if (!all) return printFailure(ctx, all.error());
    QJsonArray out;
    for (const casework::Appointment &a : all.value())
        out.append(QJsonObject{{"id", a.id},
                               {"slot", a.slot.toString(Qt::ISODate)},
                               {"matter", a.matterCode},
                               {"idNumber", core::IdNumber::mask(a.idNumber)},
                               {"qr", a.qrText()}});
    printJson(ctx.out, QJsonObject{{"appointments", out}});
    return kOk;
}

} // namespace ow::cli
