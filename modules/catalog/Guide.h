#pragma once
// The guide engine (情形引导): given a matter and the answers so far, which questions come next
// and the citizen's personalised checklist (收件清单): materials with counts and review points,
// the fee after exemptions, the deadline and the notes. Deterministic, and useful before every
// question is answered: what depends on an open question is marked "possibly needed".

#include "catalog/Catalog.h"
#include "core/WorkingCalendar.h"

#include <QJsonObject>

namespace ow::catalog {

struct ChecklistMaterial {
    const Material *material = nullptr;
    bool certain = true;  // false: depends on a question not answered yet
};

struct ChecklistFee {
    const Fee *fee = nullptr;
    qint64 chargedFen = 0;                    // after the exemption
    const FeeExemption *exemption = nullptr;  // the one applied, if any
    bool certain = true;
};

struct Checklist {
    const Matter *matter = nullptr;
    QString catalogVersion;
    QDate acceptedOn;
    // Questions to ask now: asked (their condition holds) and not answered, in catalog order.
    QList<const GuideQuestion *> openQuestions;
    // Every question asked on this path, answered or not, in order (for the question panel).
    QList<const GuideQuestion *> askedQuestions;
    GuideAnswers answers;  // the answers that count (to questions asked), normalised
    QList<ChecklistMaterial> materials;
    QList<ChecklistFee> fees;
    QList<const MatterNote *> notes;
    int workingDays = 0;  // 0: instant
    QDate deadline;
    bool deadlineCertain = true;

    // Every question that matters has been answered: the checklist is final.
    [[nodiscard]] bool complete() const { return openQuestions.isEmpty(); }
    [[nodiscard]] qint64 totalFen() const;
    [[nodiscard]] bool feeCertain() const;
    // Identifies the situation's outcome: two answer paths with the same fingerprint give the
    // same checklist (materials and counts, fees, deadline, notes).
    [[nodiscard]] QString fingerprint() const;
    // For the CLI and the central service: codes, counts and texts in `language`.
    [[nodiscard]] QJsonObject toJson(const QString &language) const;
};

class Guide {
public:
    // Answers may hold anything: answers to questions not asked, options the question does not
    // have and numbers out of bounds are ignored (the question stays open).
    static Checklist evaluate(const Matter &matter, const GuideAnswers &answers, const QString &catalogVersion,
                              QDate acceptedOn, const core::WorkingCalendar &calendar = core::WorkingCalendar::builtIn());
    // An answer in the form the engine uses, from text ("yes", "16", "2026-01-31", "a|b"):
    // for the CLI and the settings file. Empty QVariant when it cannot be one.
    static QVariant parseAnswer(const GuideQuestion &q, const QString &text);
    static QString answerText(const GuideQuestion &q, const QVariant &answer);  // the option labels, the number
    // The answers the applicant's card gives (questions with `fromCard`) on `today`: age from the
    // birth date, validity from the expiry date (long-term cards are "early").
    // The questions' default answers (`default`), given when a matter is opened.
    static GuideAnswers defaultAnswers(const Matter &matter);
    static GuideAnswers cardAnswers(const Matter &matter, QDate birthDate, QDate validTo, bool longTerm, QDate today);
};

// Every distinct checklist a matter can give, with the count of answer paths that lead to it.
// A path picks one option of each single choice, any subset of each multiple choice, and one
// value from each interval the conditions cut a number or date question into.
struct Situation {
    Checklist checklist;  // of the first path found
    qint64 paths = 0;
};

struct Enumeration {
    QList<Situation> situations;
    qint64 paths = 0;
    bool truncated = false;  // stopped at the bound
    QSet<QString> askedQuestions;
    QSet<QString> neededMaterials;
};

Enumeration enumerate(const Matter &matter, const QString &catalogVersion, QDate acceptedOn, qint64 maxPaths = 2'000'000);

// The answers an enumeration tries for a question (exposed for tests).
QVariantList representativeAnswers(const Matter &matter, const GuideQuestion &q);

} // namespace ow::catalog
