#include "PdfTools.h"

#include "documents/CaseReceipt.h"
#include "documents/FeeReceipt.h"
#include "documents/Pdf.h"
#include "documents/RefusalNotice.h"
#include "documents/ShippingList.h"

#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>

using namespace ow::documents;
using ow::core::Money;

namespace {

const QString kTrack = QStringLiteral("https://zwfw.example.gov.cn/track/{case}?from=receipt");
const QString kId = QStringLiteral("110101198805120178");

DocumentContext context(bool practice = false)
{
    return DocumentContext{QStringLiteral("综合窗口 03"), QStringLiteral("000123"),
                           QDateTime(QDate(2026, 11, 23), QTime(9, 30)), practice};
}

// Through pdfBytes, as the archive does, then onto disk for the poppler tools.
QString writePdf(const ow::devicekit::PrintDocument &doc, const ow::test::TempDir &tmp, const QString &name)
{
    auto bytes = pdfBytes(doc);
    INFO((bytes.ok() ? QString() : bytes.error().describe()).toStdString());
    REQUIRE(bytes.ok());
    REQUIRE(bytes.value().startsWith("%PDF-"));
    const QString keep = qEnvironmentVariable("OW_KEEP_PDF");  // a folder to look at the printouts in
    const QString path = keep.isEmpty() ? tmp.file(name + QStringLiteral(".pdf")) : keep + u'/' + name + QStringLiteral(".pdf");
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(bytes.value());
    return path;
}

QString squeezed(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }
bool contains(const QString &text, const QString &what) { return squeezed(text).contains(squeezed(what)); }

int reddish(const QImage &img)
{
    int n = 0;
    for (int y = 0; y < img.height(); ++y)
        for (int x = 0; x < img.width(); ++x) {
            const QColor c = img.pixelColor(x, y);
            if (c.red() > 200 && c.green() < 200 && c.blue() < 200 && c.red() - c.green() > 25) ++n;
        }
    return n;
}

ReceiptMatter cardRenewal()
{
    ReceiptMatter m;
    m.caseNumber = QStringLiteral("20261123-03-00017");
    m.matterName = QStringLiteral("居民身份证换领");
    m.materialsReceived = {QStringLiteral("原居民身份证"), QStringLiteral("户口簿")};
    m.workingDays = 20;
    m.deadline = QDate(2026, 12, 21);
    m.fee = Money{2000};
    return m;
}

ReceiptMatter householdMove()
{
    ReceiptMatter m;
    m.caseNumber = QStringLiteral("20261123-03-00018");
    m.matterName = QStringLiteral("户口迁移");
    m.materialsReceived = {QStringLiteral("准予迁入证明")};
    m.workingDays = 0;
    m.fee = Money{0};
    m.missingMaterials = {QStringLiteral("房屋产权证明")};
    m.supplyBy = QDate(2026, 11, 30);
    return m;
}

CaseReceiptData receiptData()
{
    CaseReceiptData d;
    d.applicantName = QStringLiteral("张伟");
    d.idNumber = kId;
    d.matters = {cardRenewal()};
    d.delivery.method = ReceiptDelivery::Method::Pickup;
    d.delivery.pickupPlace = QStringLiteral("一楼综合窗口");
    d.acceptedAt = QDateTime(QDate(2026, 11, 23), QTime(9, 27));
    d.trackingUrlTemplate = kTrack;
    return d;
}

} // namespace

TEST_CASE("The acceptance receipt names the case the deadline the fee and masks the ID number")
{
    ow::test::TempDir tmp;
    const CaseReceipt receipt(receiptData(), context());
    CHECK(receipt.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(receipt.title() == QStringLiteral("Acceptance receipt: 20261123-03-00017"));
    const QString pdf = writePdf(receipt, tmp, "receipt");
    const QString text = ow::test::pdfText(pdf);
    CHECK(contains(text, QStringLiteral("Acceptance receipt")));
    CHECK(contains(text, QStringLiteral("张伟")));
    CHECK(contains(text, QStringLiteral("1101**********0178")));
    CHECK_FALSE(contains(text, kId));
    CHECK_FALSE(contains(text, QStringLiteral("19880512")));
    CHECK(contains(text, QStringLiteral("20261123-03-00017")));
    CHECK(contains(text, QStringLiteral("居民身份证换领")));
    CHECK(contains(text, QStringLiteral("原居民身份证")));
    CHECK(contains(text, QStringLiteral("户口簿")));
    CHECK(contains(text, QStringLiteral("20 working day")));
    CHECK(contains(text, QStringLiteral("by 2026-12-21")));
    CHECK(contains(text, QStringLiteral("¥20.00")));
    CHECK(contains(text, QStringLiteral("Pickup at the counter")));
    CHECK(contains(text, QStringLiteral("一楼综合窗口")));
    CHECK(contains(text, QStringLiteral("Accepted at: 2026-11-23 09:27")));
    CHECK(contains(text, QStringLiteral("Officer: 000123")));
    CHECK(contains(text, QStringLiteral("综合窗口 03")));
    CHECK_FALSE(contains(text, QStringLiteral("deficiencies")));
    // The QR code opens the case's progress page.
    CHECK(ow::test::decodeQr(ow::test::pdfPage(pdf, 1, 200)) ==
          QByteArray("https://zwfw.example.gov.cn/track/20261123-03-00017?from=receipt"));
    CHECK(reddish(ow::test::pdfPage(pdf, 1, 40)) == 0);
}

TEST_CASE("A two-matter receipt has one tracking code per case and names what is still missing")
{
    ow::test::TempDir tmp;
    CaseReceiptData d = receiptData();
    d.matters << householdMove();
    d.delivery = {ReceiptDelivery::Method::Express, {}, QStringLiteral("李秀英"), QStringLiteral("+86 139 0013 9000"),
                  QStringLiteral("北京市东城区南池子大街12号院3号楼501")};
    const CaseReceipt receipt(d, context(true));
    CHECK(receipt.withDeficiencies());
    CHECK(receipt.total() == Money{2000});
    CHECK(receipt.title() == QStringLiteral("Acceptance receipt: 20261123-03-00017 and 1 more"));
    const QString pdf = writePdf(receipt, tmp, "two");
    const QString text = ow::test::pdfText(pdf);
    CHECK(contains(text, QStringLiteral("with a notice of materials to supply")));
    CHECK(contains(text, QStringLiteral("20261123-03-00018")));
    CHECK(contains(text, QStringLiteral("Done on the spot")));
    CHECK(contains(text, QStringLiteral("Accepted with deficiencies: bring these materials by 2026-11-30")));
    CHECK(contains(text, QStringLiteral("房屋产权证明")));
    CHECK(contains(text, QStringLiteral("Express mail")));
    CHECK(contains(text, QStringLiteral("李秀英")));
    CHECK(contains(text, QStringLiteral("139****9000")));
    CHECK_FALSE(contains(text, QStringLiteral("13900139000")));
    CHECK(contains(text, QStringLiteral("南池子大街12号院3号楼501")));
    const QList<QByteArray> codes = ow::test::decodeQrs(ow::test::pdfPage(pdf, 1, 200));
    CHECK(codes == QList<QByteArray>{"https://zwfw.example.gov.cn/track/20261123-03-00017?from=receipt",
                                     "https://zwfw.example.gov.cn/track/20261123-03-00018?from=receipt"});
    CHECK(reddish(ow::test::pdfPage(pdf, 1, 40)) > 500);  // PRACTICE across the page
}

TEST_CASE("A receipt without a matter or with an address too long for a QR code is refused before printing")
{
    CaseReceiptData empty = receiptData();
    empty.matters.clear();
    CHECK(pdfBytes(CaseReceipt(empty, context())).error().code == QStringLiteral("document.content"));
    CaseReceiptData longUrl = receiptData();
    longUrl.trackingUrlTemplate = QString(5000, QLatin1Char('a')) + QStringLiteral("{case}");
    CHECK(pdfBytes(CaseReceipt(longUrl, context())).error().code == QStringLiteral("document.qr.too_long"));
    CHECK(trackingUrl(QStringLiteral("https://x/{case}/{case}"), QStringLiteral("P2026 01")) ==
          QStringLiteral("https://x/P2026%2001/P2026%2001"));
    CHECK(trackingUrl(QString(), QStringLiteral("1")).isEmpty());
}

TEST_CASE("The refusal notice gives the reason from the list the officer's words and the legal basis")
{
    ow::test::TempDir tmp;
    RefusalData d;
    d.applicantName = QStringLiteral("王芳");
    d.idNumber = QStringLiteral("640104195411030240");
    d.caseNumber = QStringLiteral("20261123-03-00020");
    d.matterName = QStringLiteral("户口迁移");
    d.reason = RefusalReason::NotEligible;
    d.details = QStringLiteral("迁入地无合法稳定住所");
    d.legalBasis = {QStringLiteral("《中华人民共和国户口登记条例》第十条")};
    d.refusedOn = QDate(2026, 11, 23);
    const RefusalNotice notice(d, context());
    CHECK(notice.title() == QStringLiteral("Refusal notice: 户口迁移"));
    const QString text = ow::test::pdfText(writePdf(notice, tmp, "refusal"));
    CHECK(contains(text, QStringLiteral("Refusal notice")));
    CHECK(contains(text, QStringLiteral("王芳")));
    CHECK(contains(text, QStringLiteral("6401**********0240")));
    CHECK_FALSE(contains(text, d.idNumber));
    CHECK(contains(text, QStringLiteral("20261123-03-00020")));
    CHECK(contains(text, refusalReasonText(RefusalReason::NotEligible)));
    CHECK(contains(text, QStringLiteral("迁入地无合法稳定住所")));
    CHECK(contains(text, QStringLiteral("户口登记条例》第十条")));
    CHECK(contains(text, QStringLiteral("Date: 2026-11-23")));
    CHECK(contains(text, QStringLiteral("administrative reconsideration")));
    CHECK(contains(text, QStringLiteral("000123")));

    // "Other" needs the officer's words; the keys round-trip.
    d.reason = RefusalReason::Other;
    d.details.clear();
    CHECK(pdfBytes(RefusalNotice(d, context())).error().code == QStringLiteral("document.content"));
    for (RefusalReason r : allRefusalReasons()) CHECK(refusalReasonFromKey(refusalReasonKey(r)) == r);
    CHECK_FALSE(refusalReasonFromKey(u"nope").has_value());
}

TEST_CASE("The fee receipt lists items and exemptions and totals in yuan")
{
    ow::test::TempDir tmp;
    FeeReceiptData d;
    d.receiptNumber = QStringLiteral("SF-20261123-0007");
    d.payerName = QStringLiteral("张伟");
    d.items = {{QStringLiteral("20261123-03-00017"), QStringLiteral("居民身份证工本费"), Money{2000}, QString(), Money{2000}},
               {QStringLiteral("20261123-03-00017"), QStringLiteral("加急费"), Money{1000}, QString(), Money{1000}},
               {QStringLiteral("20261123-03-00018"), QStringLiteral("户口簿工本费"), Money{800},
                QStringLiteral("低保户免收"), Money{0}}};
    d.method = PaymentMethod::MobileQr;
    d.paidAt = QDateTime(QDate(2026, 11, 23), QTime(9, 31));
    const FeeReceipt receipt(d, context());
    CHECK(receipt.total() == Money{3000});
    CHECK(receipt.exempted() == Money{800});
    CHECK(receipt.caseNumbers() == QStringList{"20261123-03-00017", "20261123-03-00018"});
    const QString text = ow::test::pdfText(writePdf(receipt, tmp, "fee"));
    CHECK(contains(text, QStringLiteral("Fee receipt")));
    CHECK(contains(text, QStringLiteral("SF-20261123-0007")));
    CHECK(contains(text, QStringLiteral("居民身份证工本费")));
    CHECK(contains(text, QStringLiteral("低保户免收")));
    CHECK(contains(text, QStringLiteral("¥8.00")));
    CHECK(contains(text, QStringLiteral("¥0.00")));
    CHECK(contains(text, QStringLiteral("Total paid ¥30.00")));
    CHECK(contains(text, QStringLiteral("Exempted ¥8.00")));
    CHECK(contains(text, QStringLiteral("Mobile payment (QR code)")));
    CHECK(contains(text, QStringLiteral("20261123-03-00017, 20261123-03-00018")));
    CHECK(contains(text, QStringLiteral("Paid at: 2026-11-23 09:31")));

    d.items[0].charged = Money{2500};  // more than the standard
    CHECK(pdfBytes(FeeReceipt(d, context())).error().code == QStringLiteral("document.content"));
    d.items.clear();
    CHECK(pdfBytes(FeeReceipt(d, context())).error().code == QStringLiteral("document.content"));
    for (PaymentMethod m : {PaymentMethod::Cash, PaymentMethod::BankCard, PaymentMethod::MobileQr})
        CHECK(paymentMethodFromKey(paymentMethodKey(m)) == m);
}

TEST_CASE("The shipping list prints merged parcels with masked phones and the parcels saved")
{
    ow::test::TempDir tmp;
    using ow::casework::Delivery;
    const QDateTime morning(QDate(2026, 11, 23), QTime(10, 0));
    const QList<Delivery> deliveries{
        {QStringLiteral("20261123-03-00017"), QStringLiteral("李秀英"), QStringLiteral("13900139000"),
         QStringLiteral("北京市东城区南池子大街12号院3号楼501"), morning},
        {QStringLiteral("20261123-03-00018"), QStringLiteral("李秀英"), QStringLiteral("139 0013 9000"),
         QStringLiteral("北京市东城区南池子大街12号院三号楼501室"), morning.addSecs(3600)},
        {QStringLiteral("20261123-03-00021"), QStringLiteral("赵强"), QStringLiteral("13700137000"),
         QStringLiteral("北京市西城区金融大街7号"), morning.addSecs(7200)},
    };
    const ow::casework::MergeResult merged = ow::casework::mergeShipments(deliveries);
    REQUIRE(merged.shipments.size() == 2);
    REQUIRE(merged.savedParcels == 1);
    const ShippingList list(merged, QDate(2026, 11, 23), context());
    CHECK(list.deliveryCount() == 3);
    CHECK(list.title() == QStringLiteral("Shipping list 2026-11-23"));
    const QString text = ow::test::pdfText(writePdf(list, tmp, "shipping"));
    INFO(text.toStdString());
    CHECK(contains(text, QStringLiteral("Cases: 3 Parcels: 2 Parcels saved by merging: 1")));
    CHECK(contains(text, QStringLiteral("李秀英")));
    CHECK(contains(text, QStringLiteral("139****9000")));
    CHECK(contains(text, QStringLiteral("137****7000")));
    CHECK_FALSE(contains(text, QStringLiteral("13900139000")));
    CHECK_FALSE(contains(text, QStringLiteral("13700137000")));
    CHECK(contains(text, QStringLiteral("金融大街7号")));
    // The merged parcel's row carries both case numbers, before the next parcel's.
    const QString s = squeezed(text);
    const qsizetype first = s.indexOf(QStringLiteral("20261123-03-00017"));
    const qsizetype second = s.indexOf(QStringLiteral("20261123-03-00018"));
    const qsizetype other = s.indexOf(QStringLiteral("20261123-03-00021"));
    CHECK(first >= 0);
    CHECK(second > first);
    CHECK(other > second);
    CHECK(pdfBytes(ShippingList({}, QDate(), context())).error().code == QStringLiteral("document.content"));
}

TEST_CASE("Phone and ID masks never show the full number")
{
    CHECK(maskPhone(QStringLiteral("+86 138-0013-8000")) == QStringLiteral("138****8000"));
    CHECK(maskPhone(QStringLiteral("010 6512 3456")) == QStringLiteral("010****3456"));
    CHECK(maskPhone(QStringLiteral("12345")) == QStringLiteral("***45"));
    CHECK(maskPhone(QStringLiteral("123")) == QStringLiteral("***"));
    CHECK(maskPhone(QString()).isEmpty());
    CHECK(maskIdNumber(kId) == QStringLiteral("1101**********0178"));
    CHECK(maskIdNumber(QStringLiteral("  ")).isEmpty());
}

TEST_CASE("A receipt line built from the guide's checklist splits received from missing materials")
{
    using namespace ow::catalog;
    static const CatalogLoad load = Catalog::load(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    REQUIRE(load.ok());
    const Matter &matter = *load.catalog->find(QStringLiteral("HZ-SFZ-SL"));
    const GuideAnswers a{
        {"age", 12}, {"pupil", "yes"}, {"urgent", "yes"}, {"docs", QStringList{}}, {"born", QDate(2026, 6, 15)}};
    const Checklist c = Guide::evaluate(matter, a, load.catalog->version(), QDate(2026, 3, 2));
    REQUIRE(c.materials.size() == 5);
    QSet<QString> received;
    for (int i = 0; i < 3; ++i) received << c.materials[i].material->id;

    const ReceiptMatter m = receiptMatter(c, QStringLiteral("20260302-03-00001"), received, QDate(2026, 3, 9));
    CHECK(m.caseNumber == QStringLiteral("20260302-03-00001"));
    CHECK(m.matterName == matter.name.text());
    REQUIRE(m.materialsReceived.size() == 3);
    REQUIRE(m.missingMaterials.size() == 2);
    CHECK(m.materialsReceived.first() == c.materials[0].material->name.text());
    CHECK(m.missingMaterials.last() == c.materials[4].material->name.text());
    CHECK(m.supplyBy == QDate(2026, 3, 9));
    CHECK(m.workingDays == c.workingDays);
    CHECK(m.deadline == c.deadline);
    CHECK(m.fee == Money{c.totalFen()});

    // Everything received: accepted without deficiencies, no date to supply by.
    for (const ChecklistMaterial &cm : c.materials) received << cm.material->id;
    const ReceiptMatter complete = receiptMatter(c, QStringLiteral("20260302-03-00001"), received, QDate(2026, 3, 9));
    CHECK(complete.missingMaterials.isEmpty());
    CHECK_FALSE(complete.supplyBy.isValid());
}
