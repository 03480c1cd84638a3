#include "TestSupport.h"

#include "identity/RegisterPhotos.h"

#include <QFile>
#include <QImage>

using ow::identity::LocalRegisterPhotoSource;

TEST_CASE("The local register source gives the photo and particulars of a number")
{
    ow::test::TempDir tmp;
    QImage img(102, 126, QImage::Format_RGB32);
    img.fill(qRgb(200, 180, 160));
    REQUIRE(img.save(tmp.file("110101198805120178.jpg"), "JPEG"));
    QFile json(tmp.file("110101198805120178.json"));
    REQUIRE(json.open(QIODevice::WriteOnly));
    json.write(R"({"name": "张伟", "nationCode": "01", "address": "北京市东城区东华门大街1号"})");
    json.close();

    LocalRegisterPhotoSource source(tmp.path());
    auto card = source.lookup(QStringLiteral("110101198805120178"));
    REQUIRE(card);
    CHECK(card.value().photo.size() == QSize(102, 126));
    CHECK(card.value().name == QStringLiteral("张伟"));
    CHECK(card.value().address.startsWith(QStringLiteral("北京市")));
    CHECK(card.value().birthDate == QDate(1988, 5, 12));
    CHECK(card.value().gender == ow::core::Gender::Male);
    CHECK_FALSE(card.value().validTo.isValid());  // no card, no validity

    auto missing = source.lookup(QStringLiteral("11010119900307299X"));
    REQUIRE_FALSE(missing);
    CHECK(missing.error().code == QStringLiteral("register.not_found"));
    CHECK_FALSE(missing.error().message.contains(QStringLiteral("11010119900307299X")));  // masked

    QFile bad(tmp.file("11010119900307299X.png"));
    REQUIRE(bad.open(QIODevice::WriteOnly));
    bad.write("not a picture");
    bad.close();
    CHECK(source.lookup(QStringLiteral("11010119900307299X")).error().code == QStringLiteral("register.unreadable"));
}

namespace {

// A source that answers what it is told to, and counts how often it was asked.
class FakeSource final : public ow::identity::RegisterPhotoSource {
public:
    FakeSource(QString key, ow::core::Result<ow::core::IdCard> answer) : m_key(std::move(key)), m_answer(std::move(answer)) {}
    [[nodiscard]] QString name() const override { return m_key + QStringLiteral(" register"); }
    [[nodiscard]] QString key() const override { return m_key; }
    [[nodiscard]] ow::core::Result<ow::core::IdCard> lookup(const QString &) const override
    {
        ++asked;
        return m_answer;
    }
    mutable int asked = 0;

private:
    QString m_key;
    ow::core::Result<ow::core::IdCard> m_answer;
};

ow::core::IdCard person(const QString &name)
{
    ow::core::IdCard c;
    c.idNumber = QStringLiteral("110101198805120178");
    c.name = name;
    return c;
}

ow::core::Error failure(const char *code, const char *message)
{
    return ow::core::makeError(QString::fromLatin1(code), QString::fromLatin1(message), QStringLiteral("detail"));
}

} // namespace

TEST_CASE("The chain of register sources asks in order and stops at the first that has the person")
{
    using ow::identity::ChainRegisterPhotoSource;
    auto central = std::make_shared<FakeSource>(QStringLiteral("central"), failure("sync.refused", "The central service cannot be reached."));
    auto local = std::make_shared<FakeSource>(QStringLiteral("local"), person(QStringLiteral("张伟")));
    auto spare = std::make_shared<FakeSource>(QStringLiteral("spare"), person(QStringLiteral("李四")));
    ChainRegisterPhotoSource chain({central, local, spare});
    CHECK(chain.key() == QStringLiteral("central+local+spare"));
    QList<ow::identity::RegisterLookupStep> steps;
    auto found = chain.lookupTraced(QStringLiteral("110101198805120178"), &steps);
    REQUIRE(found);
    CHECK(found.value().name == QStringLiteral("张伟"));
    CHECK(spare->asked == 0);
    REQUIRE(steps.size() == 2);
    CHECK(steps[0].key == QStringLiteral("central"));
    CHECK(steps[0].code == QStringLiteral("sync.refused"));
    CHECK(steps[0].message == QStringLiteral("The central service cannot be reached."));
    CHECK(steps[1].key == QStringLiteral("local"));
    CHECK(steps[1].code.isEmpty());
}

TEST_CASE("The chain of register sources names the telling failure when nobody has the person")
{
    using ow::identity::ChainRegisterPhotoSource;
    auto none = std::make_shared<FakeSource>(QStringLiteral("local"), failure("register.not_found", "The register has no photo."));
    auto down = std::make_shared<FakeSource>(QStringLiteral("central"), failure("sync.timeout", "The central service did not answer in time."));
    // Every source without the person: not found.
    auto nobody = ChainRegisterPhotoSource({none, none}).lookup(QStringLiteral("110101198805120178"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().code == QStringLiteral("register.not_found"));
    // One could not be asked: that is the code (a retry may help), and the message has both.
    auto mixed = ChainRegisterPhotoSource({down, none}).lookup(QStringLiteral("110101198805120178"));
    REQUIRE_FALSE(mixed);
    CHECK(mixed.error().code == QStringLiteral("sync.timeout"));
    CHECK(mixed.error().message.contains(QStringLiteral("did not answer in time")));
    CHECK(mixed.error().message.contains(QStringLiteral("no photo")));
    CHECK(mixed.error().detail.contains(QStringLiteral("central register: sync.timeout")));
    // A single source's error is its own, word for word.
    auto single = ChainRegisterPhotoSource({down}).lookup(QStringLiteral("110101198805120178"));
    CHECK(single.error().message == QStringLiteral("The central service did not answer in time."));
    // No source at all is not found, not a crash.
    CHECK(ChainRegisterPhotoSource({}).lookup(QStringLiteral("110101198805120178")).error().code == QStringLiteral("register.not_found"));
}
