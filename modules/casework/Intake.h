#pragma once
// Intake (受理): what a visit becomes. A visit holds the matters the citizen brought, each with the
// guide's answers and the materials handed over, and the officer's decision on it: accept (受理),
// accept with a deficiency notice (受理并一次性告知补正), or refuse (不予受理) with a reason from a
// list plus free text. `checkIntake` says in the officer's words what still stops the visit from
// being accepted; `buildCases` turns a complete visit into the case records written in one
// transaction (storage::CaseStore::createAll), one case per matter.
//
// Pure logic over the catalog: no widgets, no devices, so the counter screen, the tests and the
// benchmark all go through the same rules.

#include "catalog/Catalog.h"
#include "catalog/Guide.h"
#include "core/IdCard.h"
#include "core/Money.h"
#include "core/Result.h"
#include "storage/Cases.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace ow::casework {

enum class IntakeDecision { Accept, AcceptWithDeficiency, Refuse };
enum class PaymentMethod { Cash, BankCard, MobileQr };
enum class DeliveryMethod { Pickup, Mail };

// Stable keys ("accept", "accept-deficiency", "refuse"; "cash", "bank-card", "mobile-qr"; "pickup",
// "mail") and translated names.
[[nodiscard]] QString intakeDecisionKey(IntakeDecision d);
[[nodiscard]] std::optional<IntakeDecision> intakeDecisionFromKey(QStringView key);
[[nodiscard]] QString intakeDecisionDisplayName(IntakeDecision d);
[[nodiscard]] QString paymentMethodKey(PaymentMethod m);
[[nodiscard]] std::optional<PaymentMethod> paymentMethodFromKey(QStringView key);
[[nodiscard]] QString paymentMethodDisplayName(PaymentMethod m);
[[nodiscard]] QString deliveryMethodKey(DeliveryMethod m);
[[nodiscard]] std::optional<DeliveryMethod> deliveryMethodFromKey(QStringView key);

// Reasons for refusing a case (不予受理的理由): the officer's list, the case's `refusalReason` key
// and the refusal notice's wording. Other needs the officer's text to say what it is.
enum class RefusalReason {
    NotCompetent,     // not within this office's competence (不属于本机关职权范围)
    NotEligible,      // the applicant does not qualify (申请人不具备申请资格)
    NoPermitNeeded,   // the matter needs no permit (依法不需要取得行政许可)
    FalseMaterials,   // false or forged materials (申请材料虚假)
    OutOfTime,        // past the legal time limit for applying (超过法定申请期限)
    Other,            // the officer's text alone
};
// Every reason, in the order the officer's list shows them (Other last).
[[nodiscard]] QList<RefusalReason> allRefusalReasons();
// Stable keys: "not-competent", "not-eligible", "no-permit-needed", "false-materials",
// "out-of-time", "other".
[[nodiscard]] QString refusalReasonKey(RefusalReason r);
[[nodiscard]] std::optional<RefusalReason> refusalReasonFromKey(QStringView key);
// The reason as printed and listed for the officer (translated).
[[nodiscard]] QString refusalReasonText(RefusalReason r);

struct IntakeMatter {
    QString code;
    QString catalogVersion;
    catalog::GuideAnswers answers;
    QSet<QString> received;  // material ids handed over
    IntakeDecision decision = IntakeDecision::Accept;
    QString refusalReason;   // a refusalReasonKey()
    QString refusalNote;     // free text

    // The guide panel's state ({matter, catalogVersion, answers, received}) plus the decision
    // keys this adds ({decision, refusalReason, refusalNote}): one JSON for the draft and the case.
    [[nodiscard]] QJsonObject toJson() const;
    // Answers are read back through the matter's questions (Guide::parseAnswer), so a draft
    // written by any version of the panel gives the engine's own types. Without `matter` they are
    // kept as written.
    static IntakeMatter fromJson(const QJsonObject &o, const catalog::Matter *matter);
};

// How the citizen receives the result: pickup at the counter, or express mail (casework::Delivery
// in Shipments.h is one case of a shipment being merged).
struct DeliveryChoice {
    DeliveryMethod method = DeliveryMethod::Pickup;
    QString recipient;
    QString phone;
    QString address;

    [[nodiscard]] QJsonObject toJson() const;
    static DeliveryChoice fromJson(const QJsonObject &o);
};

// One thing that stops acceptance; `matterCode` empty for the visit as a whole.
struct IntakeProblem {
    QString matterCode;
    QString message;  // translated, says what to do
};

// The catalog a matter was answered under (Session::catalogOfVersion in the client).
using CatalogLookup = std::function<std::shared_ptr<const catalog::Catalog>(const QString &version)>;

// A matter's checklist, evaluated under its catalog version: nullopt when that catalog has no
// such matter.
struct EvaluatedMatter {
    std::shared_ptr<const catalog::Catalog> catalog;  // keeps `checklist` valid
    catalog::Checklist checklist;
    QList<const catalog::Material *> missing;  // certain materials not handed over, in order
};
[[nodiscard]] std::optional<EvaluatedMatter> evaluateMatter(const IntakeMatter &m, const CatalogLookup &catalogs,
                                                            QDate acceptedOn);

struct Visit {
    core::IdCard card;            // the applicant as read (isNull: not identified yet)
    QList<IntakeMatter> matters;  // in the order they were added
    DeliveryChoice delivery;
    PaymentMethod payment = PaymentMethod::Cash;
    QString ticket;               // queue ticket (A017), when the citizen was called
    QString appointment;          // the appointment it was opened from, if any
    bool identifiedByFace = false;  // 刷脸办: no card was read, the face matched the register photo
    QString signatureSha;         // the citizen's signature blob (empty: not signed)
    bool citizenConfirmed = false;

    // The fee of every matter not refused, after exemptions.
    [[nodiscard]] core::Money totalFee(const CatalogLookup &catalogs, QDate acceptedOn) const;
};

// Everything that stops `visit` from being accepted now, in the order the officer should fix it:
// no card; no matter; a matter whose questions are open; a matter accepted as complete with
// materials missing (choose "with a deficiency notice" or get them); a refusal without a reason
// ("other" without text); mail delivery without recipient, phone or address; no confirmation by
// the citizen. Empty when the visit can be accepted.
[[nodiscard]] QList<IntakeProblem> checkIntake(const Visit &visit, const CatalogLookup &catalogs, QDate acceptedOn,
                                               bool signatureRequired = true);

// The decision a matter gets by default: accept when nothing is missing, else accept with a
// deficiency notice (the one-time notice lists what to bring).
[[nodiscard]] IntakeDecision defaultDecision(const EvaluatedMatter &m);

// The case records of an acceptable visit (checkIntake empty), one per matter, numbered by the
// store. Accepted ones carry the deadline; refused ones are created Refused. The payload holds
// what the receipt and the back office need: matter name, answers, received and missing
// materials, decision and reason, fee items and payment, delivery, ticket, signature, and a
// `visit` id shared by the cases of one visit. Fails (visit.not_acceptable) listing the problems
// when the visit is not complete.
[[nodiscard]] core::Result<QList<storage::CaseRecord>> buildCases(const Visit &visit, const CatalogLookup &catalogs,
                                                                  QDate acceptedOn, const QString &visitId,
                                                                  bool signatureRequired = true);

} // namespace ow::casework
