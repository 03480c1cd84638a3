#include "PdfTools.h"

#include "catalog/Guide.h"
#include "documents/GuideDocument.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTranslator>

using namespace ow::catalog;
using namespace ow::documents;

namespace {

const QString kUrlTemplate = QStringLiteral("https://zwfw.example.gov.cn/guide/{code}?from=counter");

std::shared_ptr<const Catalog> good()
{
    static const CatalogLoad load = Catalog::load(QStringLiteral(OW_CATALOG_FIXTURES "/good.json"));
    INFO(load.summary().toStdString());
    REQUIRE(load.ok());
    return load.catalog;
}

const Matter &firstCard() { return *good()->find(QStringLiteral("HZ-SFZ-SL")); }

// A 12-year-old pupil who needs the card urgently for an exam: every material of the matter.
Checklist pupilChecklist(QDate on = QDate(2026, 3, 2))
{
    const GuideAnswers a{
        {"age", 12}, {"pupil", "yes"}, {"urgent", "yes"}, {"docs", QStringList{}}, {"born", QDate(2026, 6, 15)}};
    Checklist c = Guide::evaluate(firstCard(), a, good()->version(), on);
    REQUIRE(c.complete());
    REQUIRE(c.materials.size() == 5);
    return c;
}

DocumentContext context(bool practice = false)
{
    return DocumentContext{QStringLiteral("综合窗口 03"), QStringLiteral("000123"),
                           QDateTime(QDate(2026, 3, 2), QTime(9, 30)), practice};
}

QString renderPdf(const GuideDocument &doc, const QString &path)
{
    {
        QPdfWriter w(path);
        w.setResolution(300);
        const ow::core::Status st = doc.render(w);
        INFO((st.ok() ? QString() : st.error().describe()).toStdString());
        REQUIRE(st.ok());
    }
    return path;
}

// pdftotext puts layout spaces between words; Chinese strings are compared without spaces.
QString squeezed(QString s) { return s.remove(QRegularExpression(QStringLiteral("\\s+"))); }
bool contains(const QString &text, const QString &what) { return squeezed(text).contains(squeezed(what)); }

// The part of `text` between two markers (from the first after `from`).
QString between(const QString &text, const QString &from, const QString &to)
{
    const QString s = squeezed(text), a = squeezed(from), b = squeezed(to);
    const qsizetype i = s.indexOf(a);
    REQUIRE(i >= 0);
    const qsizetype j = s.indexOf(b, i + a.size());
    REQUIRE(j >= 0);
    return s.mid(i + a.size(), j - i - a.size());
}

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

// A translator with the few strings the tests read in Chinese, as zh_CN will give them.
class ChineseStub final : public QTranslator {
public:
    ChineseStub() { QCoreApplication::installTranslator(this); }
    ~ChineseStub() override { QCoreApplication::removeTranslator(this); }
    [[nodiscard]] bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *source, const char *, int) const override
    {
        if (qstrcmp(context, "ow::documents") != 0) return {};
        static const QHash<QByteArray, QString> zh{
            {"One-time notice", QStringLiteral("一次性告知单")},
            {"Scan to view the service guide", QStringLiteral("扫码查看办事指南")},
            {"Cut along this line", QStringLiteral("沿此线剪开")},
            {"Applicant's signature: %1", QStringLiteral("申请人签字：%1")},
        };
        return zh.value(QByteArray(source));
    }
};

// A catalog of one matter with `n` materials, each with two points to check.
std::shared_ptr<const Catalog> longCatalog(const ow::test::TempDir &tmp, int n)
{
    QJsonArray materials;
    for (int i = 1; i <= n; ++i) {
        const QString no = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        materials.append(QJsonObject{
            {"id", "m" + no},
            {"name", QJsonObject{{"zh", QStringLiteral("第%1号证明材料").arg(no)}, {"en", "Certificate " + no}}},
            {"originals", 1},
            {"copies", i % 3},
            {"reviewPoints",
             QJsonArray{
                 QJsonObject{{"zh", QStringLiteral("核对要点%1甲：原件与复印件一致，加盖公章，在有效期内").arg(no)},
                             {"en", "Point A " + no}},
                 QJsonObject{{"zh", QStringLiteral("核对要点%1乙").arg(no)}, {"en", "Point B " + no}}}},
        });
    }
    const QJsonObject matter{
        {"code", "ZA-TEST-LONG"},
        {"name", QJsonObject{{
                                 "zh",
                                 QStringLiteral("长清单测试事项"),
                             },
                             {"en", "Long checklist test"}}},
        {"category", "publicorder"},
        {"legalBasis", QJsonArray{QJsonObject{{
                                                  "zh",
                                                  QStringLiteral("《测试条例》"),
                                              },
                                              {"en", "Test regulation"}}}},
        {"instant", false},
        {"deadlineWorkingDays", 5},
        {"questions", QJsonArray{}},
        {"materials", materials},
        {"fees", QJsonArray{}},
    };
    const QJsonObject root{{"format", "onewindow-catalog/1"},
                           {"version", "2026.2.0"},
                           {"published", "2026-02-01"},
                           {"matters", QJsonArray{matter}}};
    QFile f(tmp.file(QStringLiteral("long.json")));
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(root).toJson());
    f.close();
    const CatalogLoad load = Catalog::load(f.fileName());
    INFO(load.summary().toStdString());
    REQUIRE(load.ok());
    return load.catalog;
}

} // namespace

TEST_CASE("The checklist prints the matter, the situation, every material, the fee and the time limit")
{
    ow::test::TempDir tmp;
    const Checklist c = pupilChecklist();
    const QString url = guideUrl(kUrlTemplate, c.matter->code);
    const GuideDocument doc(GuideDocument::Kind::Checklist, good(), c, context(), url);
    CHECK(doc.pageLayout().pageSize().id() == QPageSize::A4);
    CHECK(doc.title().contains(u"居民身份证首次申领"));
    const QString pdf = renderPdf(doc, tmp.file("checklist.pdf"));
    const QString text = ow::test::pdfText(pdf);
    INFO(text.toStdString());

    CHECK(contains(text, QStringLiteral("居民身份证首次申领")));
    CHECK(contains(text, QStringLiteral("HZ-SFZ-SL")));
    CHECK(contains(text, QStringLiteral("综合窗口 03")));
    CHECK(contains(text, QStringLiteral("Catalog version: 2026.1.0")));
    CHECK(contains(text, QStringLiteral("Date: 2026-03-02")));
    // The situation: each question and its answer.
    const QString situation = between(text, QStringLiteral("Your situation"), QStringLiteral("Materials to bring"));
    for (const QString &s : {QStringLiteral("年龄12"), QStringLiteral("是否在校学生是"), QStringLiteral("是否急需是"),
                             QStringLiteral("考试日期2026-06-15")})
        CHECK(situation.contains(s));
    for (const ChecklistMaterial &m : c.materials) CHECK(contains(text, m.material->name.zh));
    CHECK(contains(text, QStringLiteral("本人页")));  // a point to check
    CHECK(contains(text, QStringLiteral("¥20.00")));
    CHECK(contains(text, QStringLiteral("Total to pay")));
    // Urgent: 7 working days, and the date.
    REQUIRE(c.workingDays == 7);
    CHECK(contains(text, QStringLiteral("7 working day(s); ready on %1").arg(c.deadline.toString(Qt::ISODate))));
    CHECK(contains(text, QStringLiteral("急件请留电话")));
    CHECK(contains(text, QStringLiteral("《中华人民共和国居民身份证法》")));
    CHECK_FALSE(contains(text, QStringLiteral("Possibly needed")));
    CHECK(contains(text, QStringLiteral("Scan to view the service guide")));
    CHECK(contains(text, QStringLiteral("Page 1 of 1")));
    CHECK(doc.pageCount() == 1);
    CHECK(ow::test::pdfPageCount(pdf) == 1);

    CHECK(ow::test::decodeQr(ow::test::pdfPage(pdf, 1)) == url.toUtf8());
    CHECK(reddish(ow::test::pdfPage(pdf, 1, 40)) == 0);  // no watermark outside practice
}

TEST_CASE("An exemption is named and the fee after it printed")
{
    ow::test::TempDir tmp;
    const Checklist summer = pupilChecklist(QDate(2026, 7, 15));
    REQUIRE(summer.totalFen() == 0);
    const GuideDocument doc(GuideDocument::Kind::Checklist, good(), summer, context(), QString());
    const QString text = ow::test::pdfText(renderPdf(doc, tmp.file("summer.pdf")));
    CHECK(contains(text, QStringLiteral("暑期学生首次申领免费")));
    CHECK(contains(text, QStringLiteral("¥20.00")));                                // the standard fee
    CHECK(contains(text, QStringLiteral("¥0.00")));                                 // what is paid
    CHECK_FALSE(contains(text, QStringLiteral("Scan to view the service guide")));  // no address, no QR code
}

TEST_CASE("A checklist with open questions marks what is possibly needed")
{
    ow::test::TempDir tmp;
    const Checklist c = Guide::evaluate(firstCard(), {}, good()->version(), QDate(2026, 3, 2));
    REQUIRE_FALSE(c.complete());
    const GuideDocument doc(GuideDocument::Kind::Checklist, good(), c, context(),
                            guideUrl(kUrlTemplate, c.matter->code));
    const QString text = ow::test::pdfText(renderPdf(doc, tmp.file("open.pdf")));
    INFO(text.toStdString());
    CHECK(contains(text, QStringLiteral("Not answered yet")));
    // Four materials depend on open questions; the booklet is needed whatever the answers.
    CHECK(squeezed(text).count(QStringLiteral("Possiblyneeded")) == 4);
    CHECK(contains(text, QStringLiteral("depend on questions not answered yet")));
    for (const ChecklistMaterial &m : c.materials) CHECK(contains(text, m.material->name.zh));
}

TEST_CASE("The one-time notice lists only what is missing and ends with the counter's stub")
{
    ow::test::TempDir tmp;
    const Checklist c = pupilChecklist();
    const QString url = guideUrl(kUrlTemplate, c.matter->code);
    const QSet<QString> received{QStringLiteral("booklet"), QStringLiteral("photo")};
    const GuideDocument doc(GuideDocument::Kind::OneTimeNotice, good(), c, context(), url,
                            CitizenLine{QStringLiteral("张三"), QStringLiteral("1101**********0011")}, received);
    REQUIRE(doc.missingMaterials().size() == 3);
    const QString pdf = renderPdf(doc, tmp.file("notice.pdf"));
    const QString text = ow::test::pdfText(pdf);
    INFO(text.toStdString());

    CHECK(contains(text, QStringLiteral("One-time notice")));
    CHECK(contains(text, QStringLiteral("居民身份证首次申领")));
    CHECK(contains(text, QStringLiteral("年龄")));
    const QString missing =
        between(text, QStringLiteral("Materials still missing"), QStringLiteral("This notice tells you"));
    for (const QString &name : {QStringLiteral("监护人身份证"), QStringLiteral("在校证明"), QStringLiteral("准考证")})
        CHECK(missing.contains(name));
    for (const QString &name : {QStringLiteral("居民户口簿"), QStringLiteral("相片回执")})
        CHECK_FALSE(missing.contains(name));
    CHECK(contains(text, QStringLiteral("accepted with no further request")));
    CHECK(contains(text, QStringLiteral("Officer: 000123")));
    // The stub: cut line, citizen, matter, count, date, signature.
    const QString stub = between(text, QStringLiteral("Cut along this line"), QStringLiteral("Page 1 of 1"));
    CHECK(stub.contains(QStringLiteral("张三")));
    CHECK(stub.contains(QStringLiteral("1101**********0011")));
    CHECK(stub.contains(QStringLiteral("居民身份证首次申领")));
    CHECK(stub.contains(QStringLiteral("Missingitems:3")));
    CHECK(stub.contains(QStringLiteral("Date:2026-03-02")));
    CHECK(stub.contains(QStringLiteral("Applicant'ssignature:________________")));
    CHECK_FALSE(contains(text, QStringLiteral("¥20.00")));  // the notice is not the checklist

    CHECK(ow::test::decodeQr(ow::test::pdfPage(pdf, 1)) == url.toUtf8());
}

TEST_CASE("The notice prints its fixed words in Chinese, with blank lines for an unknown citizen")
{
    ow::test::TempDir tmp;
    const ChineseStub zh;
    const Checklist c = pupilChecklist();
    const GuideDocument doc(GuideDocument::Kind::OneTimeNotice, good(), c, context(),
                            guideUrl(kUrlTemplate, c.matter->code), {}, {QStringLiteral("booklet")});
    const QString text = ow::test::pdfText(renderPdf(doc, tmp.file("notice-zh.pdf")));
    INFO(text.toStdString());
    CHECK(contains(text, QStringLiteral("一次性告知单")));
    CHECK(contains(text, QStringLiteral("扫码查看办事指南")));
    CHECK(contains(text, QStringLiteral("沿此线剪开")));
    CHECK(contains(text, QStringLiteral("申请人签字：________________")));
    CHECK(contains(text, QStringLiteral("Applicant: ________________")));
    CHECK(contains(text, QStringLiteral("Missing items: 4")));
}

TEST_CASE("A long checklist flows over pages without losing or cutting a row")
{
    ow::test::TempDir tmp;
    const auto catalog = longCatalog(tmp, 40);
    const Checklist c = Guide::evaluate(catalog->matters().front(), {}, catalog->version(), QDate(2026, 3, 2));
    REQUIRE(c.materials.size() == 40);
    const QString url = guideUrl(kUrlTemplate, c.matter->code);
    const GuideDocument doc(GuideDocument::Kind::Checklist, catalog, c, context(), url);
    const int pages = doc.pageCount();
    CHECK(pages >= 2);
    const QString pdf = renderPdf(doc, tmp.file("long.pdf"));
    REQUIRE(ow::test::pdfPageCount(pdf) == pages);
    const QString all = ow::test::pdfText(pdf);
    CHECK(contains(all, QStringLiteral("Page %1 of %1").arg(pages)));
    CHECK(contains(all, QStringLiteral("《测试条例》")));
    // Every row whole on one page: its name, its first and its second point on the same page.
    QList<QString> pageTexts;
    for (int p = 1; p <= pages; ++p) pageTexts << squeezed(ow::test::pdfText(pdf, p, p));
    for (int i = 1; i <= 40; ++i) {
        const QString no = QStringLiteral("%1").arg(i, 2, 10, QLatin1Char('0'));
        const QString name = QStringLiteral("第%1号证明材料").arg(no);
        int onPage = -1;
        for (int p = 0; p < pages; ++p)
            if (pageTexts[p].contains(name)) {
                CHECK(onPage == -1);  // printed once
                onPage = p;
            }
        INFO(name.toStdString());
        REQUIRE(onPage >= 0);
        CHECK(
            pageTexts[onPage].contains(QStringLiteral("核对要点%1甲：原件与复印件一致，加盖公章，在有效期内").arg(no)));
        CHECK(pageTexts[onPage].contains(QStringLiteral("核对要点%1乙").arg(no)));
    }
    // The table header is repeated on the next page.
    CHECK(pageTexts[1].contains(QStringLiteral("Pointstocheck")));
    CHECK(ow::test::decodeQr(ow::test::pdfPage(pdf, 1)) == url.toUtf8());
}

TEST_CASE("A long notice keeps its stub whole at the bottom of the last page, in practice marked on every page")
{
    ow::test::TempDir tmp;
    const auto catalog = longCatalog(tmp, 40);
    const Checklist c = Guide::evaluate(catalog->matters().front(), {}, catalog->version(), QDate(2026, 3, 2));
    const QString url = guideUrl(kUrlTemplate, c.matter->code);
    const GuideDocument doc(GuideDocument::Kind::OneTimeNotice, catalog, c, context(true), url, {},
                            {QStringLiteral("m01")});
    const int pages = doc.pageCount();
    CHECK(pages >= 2);
    const QString pdf = renderPdf(doc, tmp.file("long-notice.pdf"));
    REQUIRE(ow::test::pdfPageCount(pdf) == pages);
    const QString last = squeezed(ow::test::pdfText(pdf, pages, pages));
    CHECK(last.contains(QStringLiteral("Cutalongthisline")));
    CHECK(last.contains(QStringLiteral("Missingitems:39")));
    CHECK(last.contains(QStringLiteral("Applicant'ssignature:")));
    const QString all = squeezed(ow::test::pdfText(pdf));
    CHECK_FALSE(all.contains(QStringLiteral("第01号证明材料")));
    CHECK(all.contains(QStringLiteral("第40号证明材料")));
    for (int p = 1; p <= pages; ++p) {
        INFO("page " << p);
        CHECK(reddish(ow::test::pdfPage(pdf, p, 40)) > 500);  // the watermark
    }
    // The watermark crosses the page but the QR code still reads.
    CHECK(ow::test::decodeQr(ow::test::pdfPage(pdf, 1)) == url.toUtf8());
}

TEST_CASE("A guide address too long for a QR code stops the print with a reason")
{
    ow::test::TempDir tmp;
    const GuideDocument doc(GuideDocument::Kind::Checklist, good(), pupilChecklist(), context(),
                            QStringLiteral("https://x/") + QString(3000, QLatin1Char('a')));
    QPdfWriter w(tmp.file("bad.pdf"));
    const ow::core::Status st = doc.render(w);
    REQUIRE_FALSE(st.ok());
    CHECK(st.error().code == u"document.qr.too_long");
}

// Not a check: writes both kinds for the fixture matter to /tmp/docs for a person to look at.
TEST_CASE("Preview of the guide documents", "[.preview]")
{
    QDir().mkpath(QStringLiteral("/tmp/docs"));
    const Checklist c = pupilChecklist();
    const QString url = guideUrl(kUrlTemplate, c.matter->code);
    renderPdf(GuideDocument(GuideDocument::Kind::Checklist, good(), c, context(), url),
              QStringLiteral("/tmp/docs/checklist.pdf"));
    renderPdf(GuideDocument(GuideDocument::Kind::OneTimeNotice, good(), c, context(), url,
                            CitizenLine{QStringLiteral("张三"), QStringLiteral("1101**********0011")},
                            {QStringLiteral("booklet"), QStringLiteral("photo")}),
              QStringLiteral("/tmp/docs/notice.pdf"));
    const Checklist open = Guide::evaluate(firstCard(), {{"age", 12}}, good()->version(), QDate(2026, 3, 2));
    renderPdf(GuideDocument(GuideDocument::Kind::OneTimeNotice, good(), open, context(true), url, {},
                            {QStringLiteral("booklet")}),
              QStringLiteral("/tmp/docs/notice-open-practice.pdf"));
    ow::test::TempDir tmp;
    const auto catalog = longCatalog(tmp, 40);
    const Checklist lc = Guide::evaluate(catalog->matters().front(), {}, catalog->version(), QDate(2026, 3, 2));
    renderPdf(GuideDocument(GuideDocument::Kind::Checklist, catalog, lc, context(), url),
              QStringLiteral("/tmp/docs/long-checklist.pdf"));
    renderPdf(
        GuideDocument(GuideDocument::Kind::OneTimeNotice, catalog, lc, context(), url, {}, {QStringLiteral("m01")}),
        QStringLiteral("/tmp/docs/long-notice.pdf"));
}
