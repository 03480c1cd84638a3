#pragma once
// What ow-crash-writer writes for a serial number. The writer and the crash-recovery test both
// compute it from here, so the test can check that case number X holds exactly the content of
// the serial the writer reported for it, field by field, after every kill.

#include "core/IdNumber.h"
#include "storage/Cases.h"

#include <QChar>
#include <QDate>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>

namespace ow::test::crash {

// The profile's first admin, created by the test (the writer never creates officers).
inline constexpr const char *kOfficer = "900001";
inline constexpr const char *kPassword = "crash-admin-password";
inline constexpr const char *kCounter = "07";
// One draft, replaced over and over, like the visit draft an officer's typing keeps saving.
inline constexpr const char *kDraftKey = "visit:900001";

// Serials of round r start at r * kSerialsPerRound, so a serial is never written twice.
inline constexpr qint64 kSerialsPerRound = 1'000'000;

// A valid 18-digit number, so the case goes through the parsed-ID path of the blind index.
inline QString idNumberFor(qint64 serial)
{
    const QDate birth = QDate(1950, 1, 1).addDays(serial % 20000);
    const QString first17 = QStringLiteral("110101%1%2")
                                .arg(birth.toString(QStringLiteral("yyyyMMdd")))
                                .arg(serial % 1000, 3, 10, QChar(u'0'));
    return first17 + core::IdNumber::checkCharacter(first17);
}

inline storage::CaseRecord caseFor(qint64 serial)
{
    static const char *const matters[] = {"HZ-SFZ-HL", "JG-JSZ-HZ", "CRJ-HZ-SQ"};
    storage::CaseRecord c;
    c.matterCode = QString::fromLatin1(matters[serial % 3]);
    c.catalogVersion = QStringLiteral("crash-1");
    c.applicantName = QStringLiteral("测试%1号").arg(serial);
    c.idNumber = idNumberFor(serial);
    c.address = QStringLiteral("北京市东城区崩溃测试路%1号").arg(serial) + QString(int(serial % 5) * 40, QChar(u'院'));
    // Now and then no phone: the column is NULL rather than sealed, and must read back empty.
    c.phone = serial % 13 == 0 ? QString() : QStringLiteral("139%1").arg(serial % 100'000'000, 8, 10, QChar(u'0'));
    // From a few bytes to beyond a 4 KiB page, so some rows spill into overflow pages.
    c.payload = QJsonObject{{"serial", serial},
                            {"answers", QJsonArray{serial % 2 == 0, int(serial % 11)}},
                            {"filler", QString(int((serial * 733) % 6000), QChar(u'a' + int(serial % 26)))}};
    return c;
}

inline QJsonObject draftFor(qint64 serial)
{
    return QJsonObject{{"serial", serial}, {"step", int(serial % 9)}, {"name", QStringLiteral("测试%1号").arg(serial)}};
}

} // namespace ow::test::crash
