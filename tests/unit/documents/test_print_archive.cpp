#include "CaseStoreRig.h"
#include "PdfTools.h"

#include "documents/CaseReceipt.h"
#include "documents/Pdf.h"
#include "documents/PrintArchive.h"
#include "storage/AuditLog.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>

using namespace ow::documents;
using namespace ow::storage;

namespace {

using Rig = ow::test::CaseStoreRig;

QString newCase(Rig &rig)
{
    CaseRecord c;
    c.matterCode = QStringLiteral("HZ-SFZ-HL");
    c.applicantName = QStringLiteral("欧阳倩");
    c.idNumber = QStringLiteral("310115199912310663");
    c.phone = QStringLiteral("13912345678");
    return rig.cases.create(c, "900001").value().caseNumber;
}

CaseReceipt receiptFor(const QStringList &caseNumbers)
{
    CaseReceiptData d;
    d.applicantName = QStringLiteral("欧阳倩");
    d.idNumber = QStringLiteral("310115199912310663");
    for (const QString &n : caseNumbers) {
        ReceiptMatter m;
        m.caseNumber = n;
        m.matterName = QStringLiteral("居民身份证换领");
        m.materialsReceived = {QStringLiteral("原居民身份证")};
        m.workingDays = 20;
        m.deadline = QDate(2026, 12, 21);
        d.matters << m;
    }
    d.delivery = {ReceiptDelivery::Method::Express, {}, QStringLiteral("欧阳倩"), QStringLiteral("13912345678"),
                  QStringLiteral("上海市浦东新区世纪大道88号")};
    d.acceptedAt = QDateTime(QDate(2026, 11, 21), QTime(9, 0));
    d.trackingUrlTemplate = QStringLiteral("https://zwfw.example.gov.cn/track/{case}");
    return CaseReceipt(d, DocumentContext{QStringLiteral("综合窗口 07"), QStringLiteral("900001"),
                                          QDateTime(QDate(2026, 11, 21), QTime(9, 1)), false});
}

} // namespace

TEST_CASE("A printout is kept as an encrypted PDF with each of its cases and reopened audited")
{
    Rig rig;
    BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
    PrintArchive archive(blobs, rig.store->audit());
    const QString a = newCase(rig), b = newCase(rig);

    const CaseReceipt receipt = receiptFor({a, b});
    auto sha = archive.archive(receipt, archive::kCaseReceipt, {a, b}, "900001");
    INFO((sha.ok() ? QString() : sha.error().describe()).toStdString());
    REQUIRE(sha.ok());

    for (const QString &n : {a, b}) {
        const QList<BlobInfo> kept = archive.listForCase(n).value();
        REQUIRE(kept.size() == 1);
        CHECK(kept.first().sha256 == sha.value());
        CHECK(kept.first().kind == BlobKind::Document);
        CHECK(kept.first().label == QLatin1String(archive::kCaseReceipt));
    }
    // Other blobs of the case (a photo) are not printouts.
    REQUIRE(blobs.putAttached(BlobKind::Photo, QByteArray("\xFF\xD8 photo bytes", 14), {a}, "900001").ok());
    CHECK(archive.listForCase(a).value().size() == 1);

    // Reopened: the same PDF, readable, and the opening is audited.
    auto pdf = archive.reopen(sha.value(), a, "900002");
    REQUIRE(pdf.ok());
    CHECK(pdf.value().startsWith("%PDF-"));
    const AuditRow last = AuditLog::recent(rig.store->db(), 1).value().first();
    CHECK(last.action == QLatin1String(audit::kDocumentReopen));
    CHECK(last.officer == QStringLiteral("900002"));
    CHECK(last.subject == a);
    ow::test::TempDir tmp;
    QFile out(tmp.file("reopened.pdf"));
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(pdf.value());
    out.close();
    const QString text = ow::test::pdfText(tmp.file("reopened.pdf"));
    CHECK(text.contains(a));
    CHECK(text.contains(b));

    // Only with its own case, and only a printout.
    const QString other = newCase(rig);
    CHECK(archive.reopen(sha.value(), other, "900001").error().code == QStringLiteral("document.not_archived"));
    CHECK(archive.archive(receipt, archive::kCaseReceipt, {}, "900001").error().code ==
          QStringLiteral("document.archive_no_case"));
    CHECK(archive.archive(receipt, archive::kCaseReceipt, {"20991231-07-00001"}, "900001").error().code ==
          QStringLiteral("storage.case_not_found"));
}

TEST_CASE("An archived receipt leaves no personal data in the database file or the data folder")
{
    Rig rig;
    {
        BlobStore blobs(rig.store->db(), rig.admin.vault, rig.store->audit(), rig.clock);
        PrintArchive archive(blobs, rig.store->audit());
        const QString a = newCase(rig);
        REQUIRE(archive.archive(receiptFor({a}), archive::kCaseReceipt, {a}, "900001").ok());
    }
    rig.store.reset();
    // Every file the profile wrote: the database, its WAL, anything else (no stray PDF).
    QByteArray raw;
    int pdfFiles = 0;
    for (QDirIterator it(rig.profile.dataDir(), QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = it.next();
        pdfFiles += path.endsWith(QLatin1String(".pdf"));
        QFile f(path);
        if (f.open(QIODevice::ReadOnly)) raw += f.readAll();
    }
    CHECK(pdfFiles == 0);
    REQUIRE(raw.size() > 10000);
    CHECK_FALSE(raw.contains("%PDF-"));
    CHECK_FALSE(raw.contains("/FontFile"));
    for (const QString &secret : {QStringLiteral("欧阳倩"), QStringLiteral("310115199912310663"),
                                  QStringLiteral("13912345678"), QStringLiteral("世纪大道")}) {
        INFO(secret.toStdString());
        CHECK_FALSE(raw.contains(secret.toUtf8()));
        CHECK_FALSE(raw.contains(QByteArray(reinterpret_cast<const char *>(secret.utf16()), secret.size() * 2)));
    }
}
