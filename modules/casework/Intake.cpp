#include "casework/Intake.h"

#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ow::casework {
namespace {


QString joinedAnswer(const QJsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const QJsonValue &x : v.toArray()) parts << x.toString();
        return parts.join(u'|');
    }
    if (v.isDouble()) return QString::number(v.toDouble(), 'g', 15);
    return v.toString();
}

QJsonValue answerJson(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList) return QJsonArray::fromStringList(v.toStringList());
    if (v.typeId() == QMetaType::QDate) return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::LongLong)
        return v.toDouble();
    return v.toString();
}

QStringList sorted(const QSet<QString> &s)
{
    QStringList l(s.begin(), s.end());
    l.sort();
    return l;
}

} // namespace

QString intakeDecisionKey(IntakeDecision d)
{
    switch (d) {
    case IntakeDecision::Accept: return QStringLiteral("accept");
    case IntakeDecision::AcceptWithDeficiency: return QStringLiteral("accept-deficiency");
    case IntakeDecision::Refuse: return QStringLiteral("refuse");
    }
    return {};
}

std::optional<IntakeDecision> intakeDecisionFromKey(QStringView key)
{
    for (auto d : {IntakeDecision::Accept, IntakeDecision::AcceptWithDeficiency, IntakeDecision::Refuse})
        if (intakeDecisionKey(d) == key) return d;
    return std::nullopt;
}

QString intakeDecisionDisplayName(IntakeDecision d)
{
    switch (d) {
    case IntakeDecision::Accept: return QCoreApplication::translate("ow::casework::Intake", "Accept");
    case IntakeDecision::AcceptWithDeficiency: return QCoreApplication::translate("ow::casework::Intake", "Accept, materials to follow");
    case IntakeDecision::Refuse: return QCoreApplication::translate("ow::casework::Intake", "Refuse");
    }
    return {};
}

QString paymentMethodKey(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash: return QStringLiteral("cash");
    case PaymentMethod::BankCard: return QStringLiteral("bank-card");
    case PaymentMethod::MobileQr: return QStringLiteral("mobile-qr");
    }
    return {};
}

std::optional<PaymentMethod> paymentMethodFromKey(QStringView key)
{
    for (auto m : {PaymentMethod::Cash, PaymentMethod::BankCard, PaymentMethod::MobileQr})
        if (paymentMethodKey(m) == key) return m;
    return std::nullopt;
}

QString paymentMethodDisplayName(PaymentMethod m)
{
    switch (m) {
    case PaymentMethod::Cash: return QCoreApplication::translate("ow::casework::Intake", "Cash");
    case PaymentMethod::BankCard: return QCoreApplication::translate("ow::casework::Intake", "Bank card");
    case PaymentMethod::MobileQr: return QCoreApplication::translate("ow::casework::Intake", "Mobile payment (QR code)");
    }
    return {};
}

QString deliveryMethodKey(DeliveryMethod m)
{
    return m == DeliveryMethod::Mail ? QStringLiteral("mail") : QStringLiteral("pickup");
}

std::optional<DeliveryMethod> deliveryMethodFromKey(QStringView key)
{
    if (key == u"mail") return DeliveryMethod::Mail;
    if (key == u"pickup") return DeliveryMethod::Pickup;
    return std::nullopt;
}

QList<RefusalReason> allRefusalReasons()
{
    return {RefusalReason::NotCompetent, RefusalReason::NotEligible, RefusalReason::NoPermitNeeded,
            RefusalReason::FalseMaterials, RefusalReason::OutOfTime, RefusalReason::Other};
}

QString refusalReasonKey(RefusalReason r)
{
    switch (r) {
    case RefusalReason::NotCompetent: return QStringLiteral("not-competent");
    case RefusalReason::NotEligible: return QStringLiteral("not-eligible");
    case RefusalReason::NoPermitNeeded: return QStringLiteral("no-permit-needed");
    case RefusalReason::FalseMaterials: return QStringLiteral("false-materials");
    case RefusalReason::OutOfTime: return QStringLiteral("out-of-time");
    case RefusalReason::Other: return QStringLiteral("other");
    }
    return {};
}

std::optional<RefusalReason> refusalReasonFromKey(QStringView key)
{
    for (RefusalReason r : allRefusalReasons())
        if (key == refusalReasonKey(r)) return r;
    return std::nullopt;
}

QString refusalReasonText(RefusalReason r)
{
    switch (r) {
    case RefusalReason::NotCompetent:
        return QCoreApplication::translate("ow::casework::Intake", "The matter is not within the competence of this office.");
    case RefusalReason::NotEligible:
        return QCoreApplication::translate("ow::casework::Intake", "The applicant does not meet the conditions to apply.");
    case RefusalReason::NoPermitNeeded:
        return QCoreApplication::translate("ow::casework::Intake", "The matter requires no permit by law.");
    case RefusalReason::FalseMaterials:
        return QCoreApplication::translate("ow::casework::Intake", "The materials submitted are false.");
    case RefusalReason::OutOfTime:
        return QCoreApplication::translate("ow::casework::Intake", "The legal time limit for applying has passed.");
    case RefusalReason::Other: return QCoreApplication::translate("ow::casework::Intake", "Other reason");
    }
    return {};
}

QJsonObject IntakeMatter::toJson() const
{
    QJsonObject answersJson;
    for (auto it = answers.begin(); it != answers.end(); ++it) answersJson.insert(it.key(), answerJson(it.value()));
    QJsonObject o{{"matter", code},
                  {"catalogVersion", catalogVersion},
                  {"answers", answersJson},
                  {"received", QJsonArray::fromStringList(sorted(received))},
                  {"decision", intakeDecisionKey(decision)}};
    if (!refusalReason.isEmpty()) o.insert("refusalReason", refusalReason);
    if (!refusalNote.isEmpty()) o.insert("refusalNote", refusalNote);
    return o;
}

IntakeMatter IntakeMatter::fromJson(const QJsonObject &o, const catalog::Matter *matter)
{
    IntakeMatter m;
    m.code = o.value("matter").toString();
    m.catalogVersion = o.value("catalogVersion").toString();
    const QJsonObject answers = o.value("answers").toObject();
    // Without the matter (its catalog version is not on this workstation) the answers are kept as
    // they were written, so the draft loses nothing until the officer decides.
    if (!matter) m.answers = answers.toVariantMap();
    for (auto it = answers.begin(); matter && it != answers.end(); ++it) {
        const catalog::GuideQuestion *q = matter->question(it.key());
        if (!q) continue;  // a question this version does not have: the engine would ignore it anyway
        const QVariant v = catalog::Guide::parseAnswer(*q, joinedAnswer(it.value()));
        if (v.isValid()) m.answers.insert(it.key(), v);
    }
    for (const QJsonValue &v : o.value("received").toArray()) m.received.insert(v.toString());
    m.decision = intakeDecisionFromKey(o.value("decision").toString()).value_or(IntakeDecision::Accept);
    m.refusalReason = o.value("refusalReason").toString();
    m.refusalNote = o.value("refusalNote").toString();
    return m;
}

QJsonObject DeliveryChoice::toJson() const
{
    return {{"method", deliveryMethodKey(method)}, {"recipient", recipient}, {"phone", phone}, {"address", address}};
}

DeliveryChoice DeliveryChoice::fromJson(const QJsonObject &o)
{
    DeliveryChoice d;
    d.method = deliveryMethodFromKey(o.value("method").toString()).value_or(DeliveryMethod::Pickup);
    d.recipient = o.value("recipient").toString();
    d.phone = o.value("phone").toString();
    d.address = o.value("address").toString();
    return d;
}

std::optional<EvaluatedMatter> evaluateMatter(const IntakeMatter &m, const CatalogLookup &catalogs, QDate acceptedOn)
{
    auto cat = catalogs(m.catalogVersion);
    if (!cat) return std::nullopt;
    const catalog::Matter *matter = cat->find(m.code);
    if (!matter) return std::nullopt;
    EvaluatedMatter e;
    e.checklist = catalog::Guide::evaluate(*matter, m.answers, cat->version(), acceptedOn);
    for (const catalog::ChecklistMaterial &cm : e.checklist.materials)
        if (cm.certain && !m.received.contains(cm.material->id)) e.missing << cm.material;
    e.catalog = std::move(cat);
    return e;
}

IntakeDecision defaultDecision(const EvaluatedMatter &m)
{
    return m.missing.isEmpty() ? IntakeDecision::Accept : IntakeDecision::AcceptWithDeficiency;
}

core::Money Visit::totalFee(const CatalogLookup &catalogs, QDate acceptedOn) const
{
    core::Money total;
    for (const IntakeMatter &m : matters) {
        if (m.decision == IntakeDecision::Refuse) continue;
        if (auto e = evaluateMatter(m, catalogs, acceptedOn)) total.fen += e->checklist.totalFen();
    }
    return total;
}

QList<IntakeProblem> checkIntake(const Visit &visit, const CatalogLookup &catalogs, QDate acceptedOn,
                                 bool signatureRequired)
{
    QList<IntakeProblem> problems;
    if (visit.card.isNull())
        problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "No citizen identified: read the ID card (F2) or verify by face (F3).")});
    if (visit.matters.isEmpty()) problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "No matter chosen: find one with F4.")});
    for (const IntakeMatter &m : visit.matters) {
        const auto e = evaluateMatter(m, catalogs, acceptedOn);
        if (!e) {
            problems.append({m.code, QCoreApplication::translate("ow::casework::Intake", "%1: this matter is not in the catalog %2; choose it again (F4).")
                                         .arg(m.code, m.catalogVersion)});
            continue;
        }
        const QString name = e->checklist.matter->name.text();
        if (m.decision == IntakeDecision::Refuse) {
            const auto reason = refusalReasonFromKey(m.refusalReason);
            if (!reason)
                problems.append({m.code, QCoreApplication::translate("ow::casework::Intake", "%1: choose the reason for refusing.").arg(name)});
            else if (*reason == RefusalReason::Other && m.refusalNote.trimmed().isEmpty())
                problems.append({m.code, QCoreApplication::translate("ow::casework::Intake", "%1: write the reason for refusing.").arg(name)});
            continue;  // a refusal needs no answers and no materials
        }
        if (!e->checklist.complete())
            problems.append({m.code, QCoreApplication::translate("ow::casework::Intake", "%1: %n question(s) still open.", nullptr,
                                              int(e->checklist.openQuestions.size()))
                                         .arg(name)});
        else if (m.decision == IntakeDecision::Accept && !e->missing.isEmpty())
            problems.append({m.code, QCoreApplication::translate("ow::casework::Intake", "%1: %n material(s) not handed over: tick them, or accept with a "
                                              "deficiency notice.", nullptr, int(e->missing.size()))
                                         .arg(name)});
    }
    if (visit.delivery.method == DeliveryMethod::Mail) {
        if (visit.delivery.recipient.trimmed().isEmpty() || visit.delivery.address.trimmed().isEmpty())
            problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "Delivery by mail: enter the recipient and the address.")});
        const QString phone = storage::normalizePhone(visit.delivery.phone);
        if (phone.size() < 7 || phone.size() > 12)
            problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "Delivery by mail: enter a phone number the courier can call.")});
    }
    if (!visit.citizenConfirmed)
        problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "The citizen has not confirmed the details yet: show them on the citizen "
                                      "screen (F8).")});
    else if (signatureRequired && visit.signatureSha.isEmpty())
        problems.append({{}, QCoreApplication::translate("ow::casework::Intake", "The citizen has not signed yet (signature pad).")});
    return problems;
}

core::Result<QList<storage::CaseRecord>> buildCases(const Visit &visit, const CatalogLookup &catalogs, QDate acceptedOn,
                                                    const QString &visitId, bool signatureRequired)
{
    const QList<IntakeProblem> problems = checkIntake(visit, catalogs, acceptedOn, signatureRequired);
    if (!problems.isEmpty()) {
        QStringList texts;
        for (const IntakeProblem &p : problems) texts << p.message;
        return core::Error{QStringLiteral("visit.not_acceptable"), texts.join(u'\n'),
                           QStringLiteral("%1 problem(s)").arg(problems.size())};
    }
    QList<storage::CaseRecord> cases;
    for (const IntakeMatter &m : visit.matters) {
        const auto e = evaluateMatter(m, catalogs, acceptedOn);  // found: checkIntake passed
        const catalog::Checklist &cl = e->checklist;
        storage::CaseRecord c;
        const bool refused = m.decision == IntakeDecision::Refuse;
        c.status = refused ? core::CaseStatus::Refused : core::CaseStatus::Accepted;
        c.matterCode = m.code;
        c.catalogVersion = e->catalog->version();
        if (!refused && cl.workingDays > 0) c.deadline = cl.deadline;
        c.applicantName = visit.card.name.isEmpty() ? visit.card.englishName : visit.card.name;
        c.idNumber = visit.card.idNumber;
        c.address = visit.delivery.method == DeliveryMethod::Mail ? visit.delivery.address : visit.card.address;
        c.phone = visit.delivery.phone;

        QJsonObject payload = m.toJson();
        payload.insert("visit", visitId);
        payload.insert("matterName", QJsonObject{{"zh", cl.matter->name.zh}, {"en", cl.matter->name.en}});
        payload.insert("workingDays", cl.workingDays);
        payload.insert("checklistFingerprint", cl.fingerprint());
        QJsonArray missing;
        for (const catalog::Material *mat : e->missing) missing.append(mat->id);
        payload.insert("missing", missing);
        if (!refused) {
            QJsonArray fees;
            for (const catalog::ChecklistFee &f : cl.fees) {
                QJsonObject fee{{"id", f.fee->id}, {"chargedFen", f.chargedFen}};
                if (f.exemption) fee.insert("exemption", f.exemption->id);
                fees.append(fee);
            }
            payload.insert("fees", fees);
            payload.insert("feeFen", cl.totalFen());
            payload.insert("payment", paymentMethodKey(visit.payment));
            QJsonObject delivery = visit.delivery.toJson();
            delivery.remove("phone");  // sealed in the case's own phone column
            delivery.remove("address");
            payload.insert("delivery", delivery);
        }
        if (!visit.ticket.isEmpty()) payload.insert("ticket", visit.ticket);
        if (!visit.appointment.isEmpty()) payload.insert("appointment", visit.appointment);
        payload.insert("identifiedBy", visit.identifiedByFace ? QStringLiteral("face") : QStringLiteral("card"));
        if (!visit.signatureSha.isEmpty()) payload.insert("signature", visit.signatureSha);
        c.payload = payload;
        cases << c;
    }
    return cases;
}

} // namespace ow::casework
