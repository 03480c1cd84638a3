#include "documents/DocumentContext.h"

#include "core/IdNumber.h"

#include <QCoreApplication>
#include <QFont>
#include <QPainter>

namespace ow::documents {

void paintPracticeWatermark(QPainter &p, const QRectF &page, const DocumentContext &ctx)
{
    if (!ctx.practice) return;
    p.save();
    p.translate(page.center());
    p.rotate(-35);
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(int(page.width() / 7));
    f.setBold(true);
    p.setFont(f);
    p.setPen(QColor(200, 0, 0, 70));
    // Both scripts, whatever the UI language: a practice printout must never pass as real.
    const QString text = QStringLiteral("练习 PRACTICE");
    const QRectF box(-page.width(), -page.height() / 4, page.width() * 2, page.height() / 2);
    p.drawText(box, Qt::AlignCenter, text);
    p.restore();
}

void paintFooter(QPainter &p, const QRectF &page, const DocumentContext &ctx)
{
    p.save();
    QFont f(QStringLiteral("Noto Sans CJK SC"));
    f.setPixelSize(std::max(8, int(page.height() / 90)));
    // Unshaped: Noto Sans CJK's contextual digits and ligatures have no Unicode in a PDF's text
    // layer, so the printed time would vanish from copied or searched text.
    f.setStyleStrategy(QFont::PreferNoShaping);
    p.setFont(f);
    p.setPen(Qt::darkGray);
    const QString line = QCoreApplication::translate("ow::documents", "%1 · Officer %2 · Printed %3")
                             .arg(ctx.counterName, ctx.officerNumber,
                                  ctx.printedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    const QRectF box(page.left(), page.bottom() - f.pixelSize() * 2.2, page.width(), f.pixelSize() * 2);
    p.drawText(box, Qt::AlignLeft | Qt::AlignVCenter, line);
    p.restore();
}

QString maskPhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone)
        if (c.isDigit()) digits.append(QChar(u'0' + c.digitValue()));
    if (digits.startsWith(u"0086")) digits.remove(0, 4);
    else if (digits.startsWith(u"86") && digits.size() == 13) digits.remove(0, 2);
    if (digits.isEmpty()) return {};
    if (digits.size() <= 4) return QString(digits.size(), QLatin1Char('*'));
    if (digits.size() <= 7) return QString(digits.size() - 2, QLatin1Char('*')) + digits.right(2);
    return digits.left(3) + QString(digits.size() - 7, QLatin1Char('*')) + digits.right(4);
}

QString maskIdNumber(const QString &idNumber)
{
    return idNumber.trimmed().isEmpty() ? QString() : core::IdNumber::mask(idNumber.trimmed());
}

} // namespace ow::documents
