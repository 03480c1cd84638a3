#pragma once
// The customer-facing window (UI.md "The citizen screen"): on the second screen when there is one,
// else a movable window. Large type, high contrast, only what the citizen confirms: name, gender,
// ID number, matters, delivery and fee; then the signature area, which is the simulated signature
// pad (a real pad draws on its own glass and reports the same strokes). Between visits it shows a
// neutral welcome, never the previous citizen.

#include <QImage>
#include <QList>
#include <QPolygonF>
#include <QWidget>

class QLabel;
class QPushButton;

namespace ow::gui {

// What the citizen is asked to confirm; built by the counter screen from the visit.
struct CitizenConfirmation {
    QString name;
    QString gender;
    QString idNumber;      // in full: the citizen checks their own number (数据质量零差错)
    QStringList matters;
    QString delivery;      // "到窗口领取" or the recipient, phone and address for mail
    QString fee;           // "20.00元"
};

// Draws with the mouse or pen; the strokes are the signature.
class SignatureArea final : public QWidget {
    Q_OBJECT
public:
    explicit SignatureArea(QWidget *parent = nullptr);
    void clear();
    [[nodiscard]] bool isEmpty() const { return m_strokes.isEmpty(); }
    [[nodiscard]] const QList<QPolygonF> &strokes() const { return m_strokes; }
    // Black on white, cropped to the ink with a margin: what is stored with the case.
    [[nodiscard]] QImage toImage() const;

signals:
    void changed();

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QList<QPolygonF> m_strokes;
    bool m_drawing = false;
};

class CitizenScreen final : public QWidget {
    Q_OBJECT
public:
    explicit CitizenScreen(QWidget *parent = nullptr);

    // Shows the confirmation and an empty signature area, on the second screen if there is one.
    void present(const CitizenConfirmation &what);
    // Back to the neutral welcome (between citizens, on lock).
    void showWelcome();
    [[nodiscard]] bool isPresenting() const { return m_presenting; }
    [[nodiscard]] SignatureArea *signatureArea() const { return m_signature; }
    [[nodiscard]] QPushButton *confirmButton() const { return m_confirm; }

signals:
    // The citizen pressed "confirm" after signing: the signature as an image.
    void confirmed(const QImage &signature);

private:
    void placeOnSecondScreen();

    bool m_presenting = false;
    QWidget *m_welcome = nullptr;
    QWidget *m_details = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_idNumber = nullptr;
    QLabel *m_matters = nullptr;
    QLabel *m_delivery = nullptr;
    QLabel *m_fee = nullptr;
    SignatureArea *m_signature = nullptr;
    QPushButton *m_clear = nullptr;
    QPushButton *m_confirm = nullptr;
};

} // namespace ow::gui
