#pragma once
// The service catalog (事项目录): matters, their guide questions, materials, fees and deadlines,
// loaded from JSON (resources/catalog/FORMAT.md). Loading never stops at the first fault: it
// collects every error, each naming the matter and the field, and then runs the whole-catalog
// checks (unknown question ids, cycles, questions asked before what they depend on, questions and
// materials no situation reaches, duplicate codes).

#include "catalog/Condition.h"
#include "core/Result.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>
#include <vector>

namespace ow::catalog {

// A text in both languages; text() picks the one of the UI language (QLocale's default).
struct LocalText {
    QString zh;
    QString en;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QString in(const QString &language) const { return language.startsWith(u"en") ? en : zh; }
};

enum class Category { Household, Traffic, ExitEntry, PublicOrder, Other };
QString categoryKey(Category c);  // "household", ...
QString categoryName(Category c);  // translated: 户政, 交管, ...
std::optional<Category> categoryFromKey(const QString &key);
inline constexpr Category kCategories[] = {Category::Household, Category::Traffic, Category::ExitEntry,
                                           Category::PublicOrder, Category::Other};

struct QuestionOption {
    QString value;
    LocalText label;
};

struct GuideQuestion {
    enum class Type { Single, Multiple, Number, Date };
    QString id;
    LocalText text;
    Type type = Type::Single;
    QList<QuestionOption> options;
    std::optional<double> min, max;
    LocalText unit;
    LocalText help;
    Condition when;
    // Answered from the applicant's ID card as soon as it is read (the officer may change it):
    // "age" (a number question: full years on the acceptance date) or "validity" (a single choice
    // with the options expired, soon (within 90 days) and early). Empty: asked.
    QString fromCard;
    // A single choice's usual answer (urgent handling: no), given when the matter is opened; the
    // officer changes it when the citizen says otherwise. Empty: no default.
    QString defaultAnswer;

    [[nodiscard]] const QuestionOption *option(const QString &value) const;
};

struct Material {
    QString id;
    LocalText name;
    int originals = 0;
    int copies = 0;
    QList<LocalText> reviewPoints;
    bool counterPhoto = false;
    LocalText note;
    Condition when;
};

struct FeeExemption {
    QString id;
    LocalText name;
    qint64 amountFen = 0;  // the fee after the exemption
    QDate from, to;        // optional: the days it applies (campaigns)
    Condition when;
};

struct Fee {
    QString id;
    LocalText name;
    qint64 amountFen = 0;
    Condition when;
    QList<FeeExemption> exemptions;
};

struct DeadlineRule {
    Condition when;
    int workingDays = 0;
};

struct MatterNote {
    LocalText text;
    Condition when;
};

struct Matter {
    QString code;
    LocalText name;
    Category category = Category::Other;
    QStringList aliases;
    QList<LocalText> legalBasis;
    bool instant = false;
    int deadlineWorkingDays = 0;
    QList<DeadlineRule> deadlineRules;
    std::vector<GuideQuestion> questions;
    QList<Material> materials;
    QList<Fee> fees;
    QList<MatterNote> notes;

    [[nodiscard]] const GuideQuestion *question(const QString &id) const;
    [[nodiscard]] int questionIndex(const QString &id) const;  // -1 when unknown
};

// One fault in a catalog: where (matter code and field path) and what.
struct CatalogError {
    QString matter;  // empty for the document itself
    QString field;   // "questions[3].when", "materials[0].name.en", ...
    QString message; // translated
    [[nodiscard]] QString toString() const;
};

class Catalog;
struct CatalogLoad {
    std::shared_ptr<const Catalog> catalog;  // set even with errors (what could be read), for checks
    QList<CatalogError> errors;
    [[nodiscard]] bool ok() const { return catalog && errors.isEmpty(); }
    [[nodiscard]] QString summary(int max = 5) const;  // the first errors, one per line
};

class Catalog {
public:
    static constexpr auto kFormat = "onewindow-catalog/1";
    static constexpr auto kBundledPath = ":/catalog/catalog.json";

    // A catalog file (or a resource path); its parts are read relative to it. `deep` also walks
    // every answer path to find questions and materials no situation reaches (tens of ms per
    // large matter): for checks and installs, not for every start of the client.
    static CatalogLoad load(const QString &path, bool deep = true);
    // The catalog built into the client (checked in full by the tests).
    static CatalogLoad loadBundled(bool deep = false);
    // Compares catalog versions ("2026.11.1" < "2026.12.0"): <0, 0, >0.
    static int compareVersions(const QString &a, const QString &b);

    [[nodiscard]] const QString &version() const { return m_version; }
    // A part file read on its own: no version, cannot be installed.
    [[nodiscard]] bool isPart() const { return m_part; }
    [[nodiscard]] QDate published() const { return m_published; }
    [[nodiscard]] const std::vector<Matter> &matters() const { return m_matters; }
    [[nodiscard]] const Matter *find(const QString &code) const;
    // Every file read, with its SHA-256 (what `catalog show` and the audit log name).
    [[nodiscard]] const QByteArray &digest() const { return m_digest; }

private:
    friend class CatalogParser;
    QString m_version;
    bool m_part = false;
    QDate m_published;
    std::vector<Matter> m_matters;
    QHash<QString, int> m_index;
    QByteArray m_digest;
};

} // namespace ow::catalog
