#include "TestSupport.h"

#include "casework/Shipments.h"

using ow::casework::Delivery;
using ow::casework::MergeResult;
using ow::casework::MergeWindow;
using ow::casework::mergeShipments;
using ow::casework::normalizeAddress;
using ow::casework::normalizePhone;
using ow::casework::normalizeRecipient;

namespace {

QString n(const char16_t *s) { return normalizeAddress(QString::fromUtf16(s)); }

const QDate kDay(2026, 11, 20);

Delivery delivery(const char *caseNumber, const char16_t *name, const char *phone, const char16_t *address,
                  QDateTime readyAt)
{
    return Delivery{QString::fromLatin1(caseNumber), QString::fromUtf16(name), QString::fromLatin1(phone),
                    QString::fromUtf16(address), std::move(readyAt)};
}

QDateTime at(int day, int hour, int minute = 0) { return QDateTime(kDay.addDays(day), QTime(hour, minute)); }

} // namespace

TEST_CASE("Address normalisation: width, spaces, punctuation, traditional forms")
{
    CHECK(n(u"北京市 东城区 东四十条 ２２号") == n(u"北京市东城区东四十条22号"));
    CHECK(n(u"北京市东城区，东四十条22号。") == n(u"北京市东城区东四十条22号"));
    CHECK(n(u"北京市東城區東四十條22號") != n(u"北京市东城区东四十条22号"));  // 東 and 條 are not address words
    CHECK(n(u"和平里3號樓2單元501") == n(u"和平里3号楼2单元501"));
    CHECK(n(u"望京ｂ座１２０１") == n(u"望京B座1201"));
    CHECK(n(u"朝阳区  望京(东)街") == n(u"朝阳区望京东街"));
    CHECK(n(u"和平里3号楼 2单元") == QStringLiteral(u"和平里3号楼2单元"));
}

TEST_CASE("Address normalisation: Chinese numerals before building, unit, floor and room words")
{
    CHECK(n(u"和平里三号楼二单元五〇一室") == QStringLiteral(u"和平里3号楼2单元501"));
    CHECK(n(u"和平里十二号楼") == QStringLiteral(u"和平里12号楼"));
    CHECK(n(u"和平里二十号楼") == QStringLiteral(u"和平里20号楼"));
    CHECK(n(u"和平里一百零二号") == QStringLiteral(u"和平里102号"));
    CHECK(n(u"光华路十一层") == QStringLiteral(u"光华路11层"));
    CHECK(n(u"望京三座") == QStringLiteral(u"望京3座"));
    // Numerals that are part of a name stay.
    CHECK(n(u"五一路8号") == QStringLiteral(u"五一路8号"));
    CHECK(n(u"三里屯路十九号") == QStringLiteral(u"三里屯路19号"));
    CHECK(n(u"东四十条") == QStringLiteral(u"东四十条"));
}

TEST_CASE("Address normalisation: a trailing 室 after digits, separators between digits")
{
    CHECK(n(u"和平里3号楼2单元501室") == n(u"和平里3号楼2单元501"));
    CHECK(n(u"和平里3号楼2单元501室") == QStringLiteral(u"和平里3号楼2单元501"));
    CHECK(n(u"和平里3号楼 501 室") == QStringLiteral(u"和平里3号楼501"));
    CHECK(n(u"和平里活动室") == QStringLiteral(u"和平里活动室"));  // not after a digit
    CHECK(n(u"和平里3-2-501") == QStringLiteral(u"和平里3-2-501"));
    CHECK(n(u"和平里3－2－501") == n(u"和平里3-2-501"));
    CHECK(n(u"和平里3 - 2 - 501") == n(u"和平里3-2-501"));
    CHECK(n(u"和平里3-25-01") != n(u"和平里3-2-501"));
    CHECK(n(u"") == QString());
}

TEST_CASE("Phone and recipient keys")
{
    CHECK(normalizePhone(QStringLiteral("+86 138-0013-8000")) == QStringLiteral("13800138000"));
    CHECK(normalizePhone(QStringLiteral("0086 13800138000")) == QStringLiteral("13800138000"));
    CHECK(normalizePhone(QStringLiteral("8613800138000")) == QStringLiteral("13800138000"));
    CHECK(normalizePhone(QStringLiteral(u"１３８ ００１３ ８０００")) == QStringLiteral("13800138000"));
    CHECK(normalizePhone(QStringLiteral("010-8765 4321")) == QStringLiteral("01087654321"));
    CHECK(normalizeRecipient(QStringLiteral(u" 张　三 ")) == QStringLiteral(u"张三"));
}

TEST_CASE("Merging by recipient, phone and address on the same day")
{
    const QList<Delivery> in{
        delivery("C1", u"张三", "13800138000", u"北京市东城区和平里三号楼501室", at(0, 9)),
        delivery("C2", u"李四", "13900139000", u"北京市东城区和平里3号楼501", at(0, 9)),
        delivery("C3", u"张 三", "+86 138 0013 8000", u"北京市东城区和平里3号楼 501", at(0, 15)),
        delivery("C4", u"张三", "13800138001", u"北京市东城区和平里3号楼501", at(0, 10)),   // other phone
        delivery("C5", u"张三", "13800138000", u"北京市东城区和平里3号楼502", at(0, 10)),   // other room
        delivery("C6", u"张三", "13800138000", u"北京市东城區和平里3號樓501", at(0, 11)),
        delivery("C7", u"张三", "13800138000", u"北京市东城区和平里3号楼501", at(1, 9)),    // next day
        delivery("C8", u"张三丰", "13800138000", u"北京市东城区和平里3号楼501", at(0, 9)),  // other name
    };
    const MergeResult r = mergeShipments(in);
    REQUIRE(r.shipments.size() == 6);
    CHECK(r.savedParcels == 2);
    CHECK(r.shipments[0].caseNumbers == QStringList{"C1", "C6", "C3"});  // by readyAt
    CHECK(r.shipments[0].recipient == QStringLiteral(u"张三"));
    CHECK(r.shipments[0].readyAt == at(0, 15));
    CHECK(r.shipments[0].deliveries.size() == 3);
    CHECK(r.shipments[1].caseNumbers == QStringList{"C2"});
    CHECK(r.shipments[2].caseNumbers == QStringList{"C4"});
    CHECK(r.shipments[3].caseNumbers == QStringList{"C5"});
    CHECK(r.shipments[4].caseNumbers == QStringList{"C7"});
    CHECK(r.shipments[5].caseNumbers == QStringList{"C8"});
}

TEST_CASE("Merging within a window of seconds; incomplete deliveries never merge")
{
    const QList<Delivery> in{
        delivery("C1", u"王五", "13700137000", u"朝阳区望京B座1201", at(0, 9)),
        delivery("C2", u"王五", "13700137000", u"朝阳区望京b座1201", at(0, 10, 30)),
        delivery("C3", u"王五", "13700137000", u"朝阳区望京B座1201", at(0, 11, 30)),  // 2.5 h after C1
        delivery("C4", u"王五", "13700137000", u"朝阳区望京B座1201", at(0, 12)),
        delivery("C5", u"王五", "", u"朝阳区望京B座1201", at(0, 9)),
        delivery("C6", u"王五", "", u"朝阳区望京B座1201", at(0, 9)),
        delivery("C7", u"王五", "13700137000", u"朝阳区望京B座1201", QDateTime()),
    };
    const MergeResult two = mergeShipments(in, MergeWindow::withinSecs(2 * 3600));
    REQUIRE(two.shipments.size() == 5);
    CHECK(two.shipments[0].caseNumbers == QStringList{"C1", "C2"});
    CHECK(two.shipments[1].caseNumbers == QStringList{"C3", "C4"});
    CHECK(two.shipments[2].caseNumbers == QStringList{"C5"});
    CHECK(two.shipments[3].caseNumbers == QStringList{"C6"});
    CHECK(two.shipments[4].caseNumbers == QStringList{"C7"});
    CHECK(two.savedParcels == 2);

    const MergeResult day = mergeShipments(in);
    REQUIRE(day.shipments.size() == 4);
    CHECK(day.shipments[0].caseNumbers == QStringList{"C1", "C2", "C3", "C4"});
    CHECK(day.savedParcels == 3);

    CHECK(mergeShipments({}).shipments.isEmpty());
    CHECK(mergeShipments({}).savedParcels == 0);
}
