#include "CitizenScreen.h"

#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QScreen>
#include <QTimer>
#include <QVBoxLayout>

namespace ow::gui {
namespace {

// UI.md: at least 28 pt for what the citizen reads.
constexpr int kBodyPt = 28;
constexpr int kTitlePt = 34;

QFont sized(const QWidget *w, int pt, bool bold = false)
{
    QFont f = w->font();
    f.setPointSize(pt);
    f.setBold(bold);
    return f;
}

// "110101 19880512 0178": the groups a citizen compares with the card.
QString grouped(const QString &id)
{
    if (id.size() != 18) return id;
    return QStringLiteral("%1 %2 %3").arg(id.left(6), id.mid(6, 8), id.mid(14));
}

} // namespace

SignatureArea::SignatureArea(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("signatureArea"));
    setMinimumSize(560, 200);
    setCursor(Qt::CrossCursor);
    setAttribute(Qt::WA_OpaquePaintEvent);
}

void SignatureArea::clear()
{
    m_strokes.clear();
    update();
    emit changed();
}

void SignatureArea::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.fillRect(rect(), Qt::white);
    p.setPen(QPen(QColor(0x9a, 0xa0, 0xa6), 2, Qt::DashLine));
    const int baseline = height() * 3 / 4;
    p.drawLine(24, baseline, width() - 24, baseline);
    p.drawRect(rect().adjusted(1, 1, -2, -2));
    if (m_strokes.isEmpty()) {
        p.setPen(QColor(0x5f, 0x63, 0x68));
        p.setFont(sized(this, 20));
        p.drawText(rect().adjusted(0, 0, 0, -height() / 4), Qt::AlignCenter, tr("Sign here"));
    }
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &s : m_strokes) {
        if (s.size() == 1) p.drawPoint(s.first());
        else p.drawPolyline(s);
    }
}

void SignatureArea::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton) return;
    m_drawing = true;
    m_strokes.append(QPolygonF{event->position()});
    update();
}

void SignatureArea::mouseMoveEvent(QMouseEvent *event)
{
    if (!m_drawing || m_strokes.isEmpty()) return;
    m_strokes.last().append(event->position());
    update();
}

void SignatureArea::mouseReleaseEvent(QMouseEvent *event)
{
    if (!m_drawing) return;
    m_drawing = false;
    if (!m_strokes.isEmpty()) m_strokes.last().append(event->position());
    update();
    emit changed();
}

QImage SignatureArea::toImage() const
{
    QRectF ink;
    for (const QPolygonF &s : m_strokes) ink = ink.united(s.boundingRect());
    ink = ink.adjusted(-8, -8, 8, 8);
    QImage img(ink.size().toSize().expandedTo(QSize(16, 16)), QImage::Format_Grayscale8);
    img.fill(Qt::white);
    QPainter p(&img);
    p.setRenderHint(QPainter::Antialiasing);
    p.translate(-ink.topLeft());
    p.setPen(QPen(Qt::black, 3, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    for (const QPolygonF &s : m_strokes) {
        if (s.size() == 1) p.drawPoint(s.first());
        else p.drawPolyline(s);
    }
    return img;
}

CitizenScreen::CitizenScreen(QWidget *parent) : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("citizenScreen"));
    setWindowTitle(tr("OneWindow — citizen screen"));
    setAutoFillBackground(true);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, Qt::white);
    pal.setColor(QPalette::WindowText, Qt::black);
    setPalette(pal);
    // The citizen cannot use the officer's keyboard shortcuts from here, and the window must never
    // take the focus from the counter screen when it appears.
    setAttribute(Qt::WA_ShowWithoutActivating);
    setFocusPolicy(Qt::NoFocus);

    auto *v = new QVBoxLayout(this);
    v->setContentsMargins(40, 32, 40, 32);

    m_welcome = new QLabel(tr("Welcome. Please have a seat;\nthe officer will show your details here."), this);
    m_welcome->setObjectName(QStringLiteral("citizenWelcome"));
    static_cast<QLabel *>(m_welcome)->setAlignment(Qt::AlignCenter);
    m_welcome->setFont(sized(this, kTitlePt, true));
    v->addWidget(m_welcome, 1);

    m_details = new QWidget(this);
    auto *d = new QVBoxLayout(m_details);
    d->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Please check your details"), m_details);
    title->setFont(sized(this, kTitlePt, true));
    d->addWidget(title);
    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(24);
    auto addRow = [&](int row, const QString &label, QLabel *&value, const char *name) {
        auto *l = new QLabel(label, m_details);
        l->setFont(sized(this, kBodyPt));
        l->setStyleSheet(QStringLiteral("color: #3c4043;"));
        value = new QLabel(m_details);
        value->setObjectName(QString::fromLatin1(name));
        value->setFont(sized(this, kBodyPt, true));
        value->setWordWrap(true);
        grid->addWidget(l, row, 0, Qt::AlignTop);
        grid->addWidget(value, row, 1);
    };
    addRow(0, tr("Name"), m_name, "citizenName");
    addRow(1, tr("ID number"), m_idNumber, "citizenIdNumber");
    addRow(2, tr("Matters"), m_matters, "citizenMatters");
    addRow(3, tr("Delivery"), m_delivery, "citizenDelivery");
    addRow(4, tr("Fee"), m_fee, "citizenFee");
    grid->setColumnStretch(1, 1);
    d->addLayout(grid);
    auto *signHint = new QLabel(tr("If everything is right, sign below and press Confirm."), m_details);
    signHint->setFont(sized(this, 22));
    d->addWidget(signHint);
    m_signature = new SignatureArea(m_details);
    d->addWidget(m_signature, 1);
    auto *buttons = new QHBoxLayout;
    m_clear = new QPushButton(tr("Sign again"), m_details);
    m_clear->setObjectName(QStringLiteral("citizenClearButton"));
    m_confirm = new QPushButton(tr("Confirm"), m_details);
    m_confirm->setObjectName(QStringLiteral("citizenConfirmButton"));
    for (QPushButton *b : {m_clear, m_confirm}) {
        b->setFont(sized(this, 24, b == m_confirm));
        b->setMinimumHeight(64);
        b->setFocusPolicy(Qt::NoFocus);
    }
    m_confirm->setEnabled(false);
    buttons->addWidget(m_clear);
    buttons->addStretch();
    buttons->addWidget(m_confirm);
    d->addLayout(buttons);
    v->addWidget(m_details, 1);
    m_details->hide();

    connect(m_signature, &SignatureArea::changed, this, [this] { m_confirm->setEnabled(!m_signature->isEmpty()); });
    connect(m_clear, &QPushButton::clicked, m_signature, &SignatureArea::clear);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_signature->isEmpty()) return;
        const QImage image = m_signature->toImage();
        m_confirm->setEnabled(false);
        emit confirmed(image);
    });
    resize(900, 760);
}

void CitizenScreen::placeOnSecondScreen()
{
    const QList<QScreen *> screens = QGuiApplication::screens();
    QScreen *officer = screen();
    for (QScreen *s : screens) {
        if (s == officer) continue;
        setGeometry(s->availableGeometry());
        return;
    }
    // One screen: a movable window beside the counter screen, never over its work area.
}

void CitizenScreen::present(const CitizenConfirmation &what)
{
    m_name->setText(what.gender.isEmpty() ? what.name : QStringLiteral("%1    %2").arg(what.name, what.gender));
    m_idNumber->setText(grouped(what.idNumber));
    m_matters->setText(what.matters.join(u'\n'));
    m_delivery->setText(what.delivery);
    m_fee->setText(what.fee);
    m_signature->clear();
    m_welcome->hide();
    m_details->show();
    m_presenting = true;
    if (!isVisible()) {
        placeOnSecondScreen();
        show();
        // The officer's keys stay on the counter screen (F10 must not land here).
        if (parentWidget()) parentWidget()->window()->activateWindow();
    }
    // A wrapped line in a grid is laid out at its one-line height unless told how tall its text
    // is at the width it got: an address over two lines would be cut in half.
    QTimer::singleShot(0, this, [this] {
        for (QLabel *l : {m_name, m_idNumber, m_matters, m_delivery, m_fee})
            if (const int h = l->heightForWidth(std::max(l->width(), 200)); h > 0) l->setMinimumHeight(h);
    });
}

void CitizenScreen::showWelcome()
{
    m_presenting = false;
    m_signature->clear();
    m_name->clear();
    m_idNumber->clear();
    m_matters->clear();
    m_delivery->clear();
    m_fee->clear();
    m_details->hide();
    m_welcome->show();
}

} // namespace ow::gui
