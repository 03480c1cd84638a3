#include "storage/SyntheticCases.h"

#include "core/Gender.h"
#include "core/IdNumber.h"
#include "core/Regions.h"

#include <QJsonObject>

#include <algorithm>
#include <array>
#include <cmath>
#include <iterator>
#include <vector>

namespace ow::storage {
namespace {

// County-level divisions (GB/T 2260), at least one from every mainland province-level division.
// Taiwan, Hong Kong and Macau are left out: their residents carry permits, not resident numbers.
// `city` is empty for the four municipalities, whose districts sit directly under the province.
struct Region {
    const char16_t *code;
    const char16_t *city;
    const char16_t *district;
};

constexpr std::array kRegions{
    Region{u"110101", u"", u"东城区"},        Region{u"110105", u"", u"朝阳区"},
    Region{u"110108", u"", u"海淀区"},        Region{u"120101", u"", u"和平区"},
    Region{u"120104", u"", u"南开区"},        Region{u"130102", u"石家庄市", u"长安区"},
    Region{u"130202", u"唐山市", u"路南区"},  Region{u"130602", u"保定市", u"竞秀区"},
    Region{u"140105", u"太原市", u"小店区"},  Region{u"140106", u"太原市", u"迎泽区"},
    Region{u"150102", u"呼和浩特市", u"新城区"}, Region{u"150203", u"包头市", u"昆都仑区"},
    Region{u"210102", u"沈阳市", u"和平区"},  Region{u"210202", u"大连市", u"中山区"},
    Region{u"220102", u"长春市", u"南关区"},  Region{u"220202", u"吉林市", u"昌邑区"},
    Region{u"230102", u"哈尔滨市", u"道里区"}, Region{u"230103", u"哈尔滨市", u"南岗区"},
    Region{u"310101", u"", u"黄浦区"},        Region{u"310104", u"", u"徐汇区"},
    Region{u"310115", u"", u"浦东新区"},      Region{u"320102", u"南京市", u"玄武区"},
    Region{u"320211", u"无锡市", u"滨湖区"},  Region{u"320506", u"苏州市", u"吴中区"},
    Region{u"330106", u"杭州市", u"西湖区"},  Region{u"330203", u"宁波市", u"海曙区"},
    Region{u"330302", u"温州市", u"鹿城区"},  Region{u"340102", u"合肥市", u"瑶海区"},
    Region{u"340104", u"合肥市", u"蜀山区"},  Region{u"350102", u"福州市", u"鼓楼区"},
    Region{u"350203", u"厦门市", u"思明区"},  Region{u"360102", u"南昌市", u"东湖区"},
    Region{u"360426", u"九江市", u"德安县"},  Region{u"370102", u"济南市", u"历下区"},
    Region{u"370202", u"青岛市", u"市南区"},  Region{u"370602", u"烟台市", u"芝罘区"},
    Region{u"410102", u"郑州市", u"中原区"},  Region{u"410105", u"郑州市", u"金水区"},
    Region{u"410302", u"洛阳市", u"老城区"},  Region{u"420102", u"武汉市", u"江岸区"},
    Region{u"420106", u"武汉市", u"武昌区"},  Region{u"430102", u"长沙市", u"芙蓉区"},
    Region{u"430104", u"长沙市", u"岳麓区"},  Region{u"440103", u"广州市", u"荔湾区"},
    Region{u"440106", u"广州市", u"天河区"},  Region{u"440113", u"广州市", u"番禺区"},
    Region{u"440304", u"深圳市", u"福田区"},  Region{u"440305", u"深圳市", u"南山区"},
    Region{u"450102", u"南宁市", u"兴宁区"},  Region{u"450302", u"桂林市", u"秀峰区"},
    Region{u"460105", u"海口市", u"秀英区"},  Region{u"460202", u"三亚市", u"海棠区"},
    Region{u"500103", u"", u"渝中区"},        Region{u"500106", u"", u"沙坪坝区"},
    Region{u"510104", u"成都市", u"锦江区"},  Region{u"510107", u"成都市", u"武侯区"},
    Region{u"510703", u"绵阳市", u"涪城区"},  Region{u"520102", u"贵阳市", u"南明区"},
    Region{u"520302", u"遵义市", u"红花岗区"}, Region{u"530102", u"昆明市", u"五华区"},
    Region{u"530103", u"昆明市", u"盘龙区"},  Region{u"540102", u"拉萨市", u"城关区"},
    Region{u"610102", u"西安市", u"新城区"},  Region{u"610113", u"西安市", u"雁塔区"},
    Region{u"620102", u"兰州市", u"城关区"},  Region{u"620104", u"兰州市", u"西固区"},
    Region{u"630102", u"西宁市", u"城东区"},  Region{u"630104", u"西宁市", u"城西区"},
    Region{u"640104", u"银川市", u"兴庆区"},  Region{u"640302", u"吴忠市", u"利通区"},
    Region{u"650102", u"乌鲁木齐市", u"天山区"}, Region{u"650104", u"乌鲁木齐市", u"新市区"},
    Region{u"130126", u"石家庄市", u"灵寿县"}, Region{u"410122", u"郑州市", u"中牟县"},
    Region{u"510121", u"成都市", u"金堂县"},  Region{u"430121", u"长沙市", u"长沙县"},
};

struct Weighted {
    const char16_t *text;
    int weight;
};

// Surnames weighted roughly by their share of the population (per ten thousand), with a few
// compound ones so that names of three and four characters occur.
constexpr std::array kSurnames{
    Weighted{u"王", 710}, Weighted{u"李", 700}, Weighted{u"张", 660}, Weighted{u"刘", 540}, Weighted{u"陈", 450},
    Weighted{u"杨", 320}, Weighted{u"黄", 230}, Weighted{u"赵", 220}, Weighted{u"吴", 200}, Weighted{u"周", 190},
    Weighted{u"徐", 160}, Weighted{u"孙", 150}, Weighted{u"马", 150}, Weighted{u"朱", 130}, Weighted{u"胡", 130},
    Weighted{u"郭", 120}, Weighted{u"何", 120}, Weighted{u"高", 110}, Weighted{u"林", 110}, Weighted{u"罗", 100},
    Weighted{u"郑", 100}, Weighted{u"梁", 90},  Weighted{u"谢", 80},  Weighted{u"宋", 70},  Weighted{u"唐", 70},
    Weighted{u"许", 70},  Weighted{u"韩", 70},  Weighted{u"冯", 70},  Weighted{u"邓", 60},  Weighted{u"曹", 60},
    Weighted{u"彭", 60},  Weighted{u"曾", 60},  Weighted{u"肖", 60},  Weighted{u"田", 50},  Weighted{u"董", 50},
    Weighted{u"袁", 50},  Weighted{u"潘", 50},  Weighted{u"于", 50},  Weighted{u"蒋", 50},  Weighted{u"蔡", 50},
    Weighted{u"余", 50},  Weighted{u"杜", 50},  Weighted{u"叶", 40},  Weighted{u"程", 40},  Weighted{u"苏", 40},
    Weighted{u"魏", 40},  Weighted{u"吕", 40},  Weighted{u"丁", 40},  Weighted{u"任", 40},  Weighted{u"沈", 40},
    Weighted{u"姚", 30},  Weighted{u"卢", 30},  Weighted{u"姜", 30},  Weighted{u"崔", 30},  Weighted{u"钟", 30},
    Weighted{u"谭", 30},  Weighted{u"陆", 30},  Weighted{u"汪", 30},  Weighted{u"范", 30},  Weighted{u"金", 30},
    Weighted{u"石", 30},  Weighted{u"廖", 30},  Weighted{u"贾", 30},  Weighted{u"夏", 30},  Weighted{u"韦", 30},
    Weighted{u"付", 30},  Weighted{u"方", 30},  Weighted{u"白", 30},  Weighted{u"邹", 30},  Weighted{u"孟", 30},
    Weighted{u"熊", 30},  Weighted{u"秦", 20},  Weighted{u"邱", 20},  Weighted{u"江", 20},  Weighted{u"尹", 20},
    Weighted{u"薛", 20},  Weighted{u"闫", 20},  Weighted{u"段", 20},  Weighted{u"雷", 20},  Weighted{u"侯", 20},
    Weighted{u"龙", 20},  Weighted{u"史", 20},  Weighted{u"陶", 20},  Weighted{u"黎", 20},  Weighted{u"贺", 20},
    Weighted{u"顾", 20},  Weighted{u"毛", 20},  Weighted{u"郝", 20},  Weighted{u"龚", 20},  Weighted{u"邵", 20},
    Weighted{u"万", 20},  Weighted{u"钱", 20},  Weighted{u"严", 20},  Weighted{u"覃", 20},  Weighted{u"武", 20},
    Weighted{u"戴", 20},  Weighted{u"莫", 20},  Weighted{u"孔", 20},  Weighted{u"向", 20},  Weighted{u"汤", 20},
    Weighted{u"欧阳", 5}, Weighted{u"司马", 2}, Weighted{u"诸葛", 2}, Weighted{u"上官", 2}, Weighted{u"司徒", 2},
    Weighted{u"东方", 1}, Weighted{u"皇甫", 1}, Weighted{u"慕容", 1}, Weighted{u"令狐", 1}, Weighted{u"夏侯", 1},
};

// Characters of given names. Older generations favour other characters than younger ones.
constexpr char16_t kMaleOld[] = u"国建军华明志平强德文永春庆学保金林海忠福贵成荣伟";
constexpr char16_t kMaleYoung[] = u"伟磊勇杰涛斌超鹏辉鑫波宇浩凯健俊帆旭宁龙阳峰亮坤晨博轩睿豪铭泽翔宸奕";
constexpr char16_t kFemaleOld[] = u"秀英桂兰玉珍凤芳淑华梅红霞琴云莲翠荣金素丽萍";
constexpr char16_t kFemaleYoung[] = u"芳娜敏静丽艳娟婷雪慧倩颖欣怡佳悦琪萱涵雨诗梦晶洁蓉薇月瑶璐彤妍";
constexpr char16_t kEither[] = u"一子文嘉思晓天明安新心若可俊佳晨";

constexpr char16_t kRoadStems[] = u"人民解放中山建设和平新华胜利文化青年长江黄河友谊光明民主东风朝阳幸福迎宾滨江建国复兴振兴学府科技";
constexpr std::array kRoadSuffixes{u"路", u"大街", u"街", u"大道", u"东路", u"西路", u"南路", u"北路", u"中路"};
constexpr std::array kEstates{u"阳光", u"金色", u"幸福", u"翠苑", u"锦绣", u"东方", u"世纪", u"和谐", u"明珠", u"碧水",
                              u"紫荆", u"丽景", u"安居", u"长青", u"康乐", u"春晓", u"怡景", u"华府"};
constexpr std::array kEstateSuffixes{u"花园", u"小区", u"苑", u"家园", u"新村", u"公寓"};
constexpr std::array kTowns{u"城关", u"新华", u"永安", u"太平", u"清河", u"白沙", u"龙泉", u"石桥", u"高桥", u"马家"};
constexpr std::array kVillages{u"王家", u"李庄", u"东湖", u"河西", u"柳树", u"杨树", u"前进", u"红星", u"大王", u"张湾"};

// Mobile number prefixes in use (13x, 15x, 17x, 18x, 19x: China Mobile, Unicom, Telecom and the
// virtual operators).
constexpr std::array kPhonePrefixes{130, 131, 132, 133, 134, 135, 136, 137, 138, 139, 150, 151, 152, 153, 155, 156,
                                    157, 158, 159, 170, 171, 173, 175, 176, 177, 178, 180, 181, 182, 183, 184,
                                    185, 186, 187, 188, 189, 191, 193, 195, 196, 198, 199};

struct Matter {
    const char16_t *code;
    const char16_t *name;
    const char *category;
    const char *fee;
    int weight;
    int minAge;
    int maxAge;
};

constexpr std::array kMatters{
    Matter{u"HZ-SFZ-HL", u"居民身份证换领", "household", "20.00", 25, 16, 120},
    Matter{u"HZ-SFZ-BL", u"居民身份证补领", "household", "20.00", 8, 16, 120},
    Matter{u"HZ-SFZ-SL", u"居民身份证首次申领", "household", "20.00", 5, 0, 120},
    Matter{u"HZ-LSSFZ", u"临时居民身份证", "household", "10.00", 3, 16, 120},
    Matter{u"HZ-HJ-BG", u"户口登记项目变更", "household", "0.00", 3, 0, 120},
    Matter{u"HZ-HJ-QR", u"户口迁入", "household", "0.00", 4, 0, 120},
    Matter{u"HZ-HJ-QC", u"户口迁出", "household", "0.00", 3, 0, 120},
    Matter{u"JG-JSZ-HZ", u"机动车驾驶证期满换证", "traffic", "10.00", 10, 24, 80},
    Matter{u"JG-JSZ-BZ", u"机动车驾驶证补证", "traffic", "10.00", 4, 18, 80},
    Matter{u"JG-JDC-ZY", u"机动车转移登记", "traffic", "0.00", 5, 18, 90},
    Matter{u"CRJ-HZ-SL", u"普通护照申领", "exitentry", "120.00", 10, 0, 100},
    Matter{u"CRJ-GA-TXZ", u"往来港澳通行证申领", "exitentry", "60.00", 8, 0, 100},
    Matter{u"CRJ-TW-TXZ", u"往来台湾通行证申领", "exitentry", "60.00", 2, 0, 100},
    Matter{u"ZA-JZZ", u"居住证申领", "publicorder", "0.00", 5, 16, 120},
    Matter{u"ZA-WFZ", u"无犯罪记录证明", "publicorder", "0.00", 4, 18, 120},
};

// Statuses, mostly settled cases; `windowDays` bounds how long ago a case in that status was
// taken in (nobody's case stays "accepted" for a year).
struct StatusShare {
    core::CaseStatus status;
    int weight;
    int windowDays;
};

constexpr std::array kStatuses{
    StatusShare{core::CaseStatus::Collected, 45, 365},     StatusShare{core::CaseStatus::ReadyForPickup, 15, 90},
    StatusShare{core::CaseStatus::Accepted, 15, 5},        StatusShare{core::CaseStatus::UnderReview, 6, 10},
    StatusShare{core::CaseStatus::Approved, 4, 20},        StatusShare{core::CaseStatus::InProduction, 6, 30},
    StatusShare{core::CaseStatus::Mailed, 5, 365},         StatusShare{core::CaseStatus::Returned, 2, 365},
    StatusShare{core::CaseStatus::Refused, 1, 365},        StatusShare{core::CaseStatus::Withdrawn, 1, 365},
};

// A fixed mapping from the 64-bit output to a range, so every platform draws the same values.
class Draw {
public:
    explicit Draw(std::mt19937_64 &rng) : m_rng(rng) {}

    quint64 below(quint64 bound)
    {
        // Multiply-shift (Lemire): unbiased enough for synthetic data, and portable.
        return quint64((static_cast<unsigned __int128>(m_rng()) * bound) >> 64);
    }
    int between(int lo, int hi) { return lo + int(below(quint64(hi - lo + 1))); }
    double unit() { return double(m_rng() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double p) { return unit() < p; }
    double normal()
    {
        // Box-Muller; 1 - unit() is never 0.
        const double u1 = 1.0 - unit();
        const double u2 = unit();
        return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
    }
    template <typename Array>
    const auto &pick(const Array &a)
    {
        return a[below(std::size(a))];
    }
    QChar pickChar(const char16_t *chars, qsizetype count) { return QChar(chars[below(quint64(count))]); }
    template <size_t N>
    QChar pickChar(const char16_t (&chars)[N])
    {
        return pickChar(chars, qsizetype(N - 1));
    }
    // Weighted pick through a cumulative table built once per table.
    template <typename Array>
    const auto &pickWeighted(const Array &items, const std::vector<int> &cumulative)
    {
        const int r = int(below(quint64(cumulative.back())));
        const auto it = std::upper_bound(cumulative.begin(), cumulative.end(), r);
        return items[size_t(it - cumulative.begin())];
    }

private:
    std::mt19937_64 &m_rng;
};

template <typename Array, typename WeightOf>
std::vector<int> cumulativeOf(const Array &items, WeightOf weightOf)
{
    std::vector<int> c;
    int sum = 0;
    for (const auto &i : items) c.push_back(sum += weightOf(i));
    return c;
}

const std::vector<int> &surnameTable()
{
    static const std::vector<int> t = cumulativeOf(kSurnames, [](const Weighted &w) { return w.weight; });
    return t;
}

const std::vector<int> &statusTable()
{
    static const std::vector<int> t = cumulativeOf(kStatuses, [](const StatusShare &s) { return s.weight; });
    return t;
}

const std::vector<int> &matterTable()
{
    static const std::vector<int> t = cumulativeOf(kMatters, [](const Matter &m) { return m.weight; });
    return t;
}

QDate birthDateFor(Draw &d, QDate today)
{
    // Most applicants are working-age adults; some are children (birth registration, first ID
    // card, passports for the holidays) and some very old.
    int age;
    if (d.chance(0.1)) age = d.between(0, 15);
    else age = std::clamp(int(std::lround(44.0 + 16.0 * d.normal())), 16, 96);
    const int year = std::clamp(today.year() - age, 1930, 2022);
    QDate birth = QDate(year, 1, 1).addDays(qint64(d.below(quint64(QDate(year, 1, 1).daysInYear()))));
    return std::min(birth, today);
}

QString givenName(Draw &d, core::Gender gender, int birthYear)
{
    const bool old = birthYear < 1975;
    const bool male = gender == core::Gender::Male;
    auto one = [&]() {
        if (d.chance(0.15)) return d.pickChar(kEither);
        if (male) return old ? d.pickChar(kMaleOld) : d.pickChar(kMaleYoung);
        return old ? d.pickChar(kFemaleOld) : d.pickChar(kFemaleYoung);
    };
    QString name(one());
    if (d.chance(0.65)) name += one();
    return name;
}

QString addressIn(Draw &d, const Region &r)
{
    QString a = core::provinceName(QStringView(r.code).left(2)) + QString::fromUtf16(r.city) + QString::fromUtf16(r.district);
    if (QStringView(r.district).endsWith(u'县') && d.chance(0.6)) {
        // Countryside: town, village, group, house number.
        a += QString::fromUtf16(d.pick(kTowns)) + QStringLiteral("镇") + QString::fromUtf16(d.pick(kVillages)) +
             QStringLiteral("村");
        a += QStringLiteral("%1组%2号").arg(d.between(1, 12)).arg(d.between(1, 99));
        return a;
    }
    const qsizetype stem = qsizetype(d.below((std::size(kRoadStems) - 1) / 2)) * 2;
    a += QStringView(kRoadStems).mid(stem, 2).toString() + QString::fromUtf16(d.pick(kRoadSuffixes));
    a += QStringLiteral("%1号").arg(d.between(1, 999));
    const int floor = d.between(1, 32);
    const int room = d.between(1, 6);
    if (d.chance(0.7)) {
        a += QString::fromUtf16(d.pick(kEstates)) + QString::fromUtf16(d.pick(kEstateSuffixes));
        a += QStringLiteral("%1栋%2单元%3%4室").arg(d.between(1, 40)).arg(d.between(1, 4)).arg(floor).arg(room, 2, 10, QChar(u'0'));
    } else {
        a += QStringLiteral("院%1号楼%2%3").arg(d.between(1, 20)).arg(floor).arg(room, 2, 10, QChar(u'0'));
    }
    return a;
}

QString phoneNumber(Draw &d)
{
    const QString digits = QString::number(d.pick(kPhonePrefixes)) + QStringLiteral("%1").arg(d.below(100000000), 8, 10, QChar(u'0'));
    // Officers type numbers the way citizens say them: mostly plain, sometimes grouped.
    const double style = d.unit();
    if (style < 0.85) return digits;
    const QChar sep = style < 0.95 ? QChar(u' ') : QChar(u'-');
    return digits.left(3) + sep + digits.mid(3, 4) + sep + digits.mid(7);
}

} // namespace

SyntheticCases::SyntheticCases(quint64 seed, QDateTime now)
    : m_rng(seed), m_now(now.toLocalTime()), m_today(m_now.date())
{
}

int SyntheticCases::regionCount() { return int(kRegions.size()); }

CaseRecord SyntheticCases::next()
{
    Draw d(m_rng);
    CaseRecord c;

    // The citizen: an ID number whose sequence parity gives the gender.
    const Region &region = d.pick(kRegions);
    const QDate birth = birthDateFor(d, m_today);
    const core::Gender gender = d.chance(0.5) ? core::Gender::Male : core::Gender::Female;
    int sequence = d.between(0, 499) * 2 + (gender == core::Gender::Male ? 1 : 0);
    if (sequence == 0) sequence = 2;  // 000 is not issued
    const QString first17 = QString::fromUtf16(region.code) + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(sequence, 3, 10, QChar(u'0'));
    c.idNumber = first17 + core::IdNumber::checkCharacter(first17);
    c.applicantName = QString::fromUtf16(d.pickWeighted(kSurnames, surnameTable()).text) + givenName(d, gender, birth.year());
    c.address = addressIn(d, region);
    c.phone = phoneNumber(d);

    // The matter, fitting the applicant's age (no driving licence at ten).
    const int age = birth.daysTo(m_today) >= 0 ? int(birth.daysTo(m_today) / 365) : 0;
    const Matter *matter = &d.pickWeighted(kMatters, matterTable());
    for (int tries = 0; tries < 20 && (age < matter->minAge || age > matter->maxAge); ++tries)
        matter = &d.pickWeighted(kMatters, matterTable());
    if (age < matter->minAge || age > matter->maxAge) matter = &kMatters[2];  // first ID card: any age
    c.matterCode = QString::fromUtf16(matter->code);
    c.catalogVersion = QStringLiteral("synthetic-1");

    // When: a working day within the status's window, during opening hours.
    const StatusShare &status = d.pickWeighted(kStatuses, statusTable());
    c.status = status.status;
    QDate day = m_today.addDays(-qint64(d.below(quint64(status.windowDays))));
    if (day.dayOfWeek() == 7 || (day.dayOfWeek() == 6 && d.chance(0.7))) day = day.addDays(day.dayOfWeek() == 7 ? -2 : -1);
    QDateTime created(day, QTime(8, 30).addSecs(int(d.below(9 * 3600))));
    if (created > m_now) created = m_now.addSecs(-qint64(d.between(60, 3600)));
    c.createdAt = created.toUTC();
    const qint64 since = created.secsTo(m_now);
    c.updatedAt = c.status == core::CaseStatus::Accepted || since <= 0
                      ? c.createdAt
                      : created.addSecs(qint64(d.below(quint64(since)))).toUTC();

    c.payload = QJsonObject{
        {"synthetic", true},
        {"matterName", QString::fromUtf16(matter->name)},
        {"category", QLatin1String(matter->category)},
        {"gender", core::genderKey(gender)},
        {"birthDate", birth.toString(Qt::ISODate)},
        {"fee", QLatin1String(matter->fee)},
        {"delivery", d.chance(0.2) ? QStringLiteral("mail") : QStringLiteral("pickup")},
        {"photoReuse", d.chance(0.4)},
    };
    return c;
}

QList<CaseRecord> SyntheticCases::batch(int count)
{
    QList<CaseRecord> out;
    out.reserve(count);
    for (int i = 0; i < count; ++i) out << next();
    return out;
}

} // namespace ow::storage
