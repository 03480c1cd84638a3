#include "core/Regions.h"

#include <algorithm>
#include <array>

namespace ow::core {
namespace {

struct Province {
    const char16_t *code;
    const char16_t *name;
};

// GB/T 2260 province-level divisions, sorted by code so look-ups can binary-search.
constexpr std::array<Province, 34> kProvinces{{
    {u"11", u"北京市"},
    {u"12", u"天津市"},
    {u"13", u"河北省"},
    {u"14", u"山西省"},
    {u"15", u"内蒙古自治区"},
    {u"21", u"辽宁省"},
    {u"22", u"吉林省"},
    {u"23", u"黑龙江省"},
    {u"31", u"上海市"},
    {u"32", u"江苏省"},
    {u"33", u"浙江省"},
    {u"34", u"安徽省"},
    {u"35", u"福建省"},
    {u"36", u"江西省"},
    {u"37", u"山东省"},
    {u"41", u"河南省"},
    {u"42", u"湖北省"},
    {u"43", u"湖南省"},
    {u"44", u"广东省"},
    {u"45", u"广西壮族自治区"},
    {u"46", u"海南省"},
    {u"50", u"重庆市"},
    {u"51", u"四川省"},
    {u"52", u"贵州省"},
    {u"53", u"云南省"},
    {u"54", u"西藏自治区"},
    {u"61", u"陕西省"},
    {u"62", u"甘肃省"},
    {u"63", u"青海省"},
    {u"64", u"宁夏回族自治区"},
    {u"65", u"新疆维吾尔自治区"},
    {u"71", u"台湾省"},
    {u"81", u"香港特别行政区"},
    {u"82", u"澳门特别行政区"},
}};

const Province *findProvince(QStringView twoDigits)
{
    // Exactly two characters: "1" or "110" must not match a province by prefix.
    if (twoDigits.size() != 2) return nullptr;
    const auto it = std::lower_bound(kProvinces.begin(), kProvinces.end(), twoDigits,
                                     [](const Province &p, QStringView key) { return QStringView(p.code) < key; });
    if (it == kProvinces.end() || QStringView(it->code) != twoDigits) return nullptr;
    return &*it;
}

} // namespace

QString provinceName(QStringView twoDigits)
{
    const Province *p = findProvince(twoDigits);
    return p ? QString::fromUtf16(p->name) : QString();
}

bool isProvinceCode(QStringView twoDigits)
{
    return findProvince(twoDigits) != nullptr;
}

} // namespace ow::core
