#pragma once
// A barcode scanner in keyboard-wedge mode types what it reads, then Enter. This filter watches
// the keys the whole application receives: once the typed keys spell the appointment prefix
// (OWAPPT:), the rest up to Enter is the code and goes to no widget; `scanned` delivers the whole
// text. The prefix itself already reached the focused field: it is taken out of a line edit
// again, so the scan leaves no trace in what the officer was typing.

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QWidget>
#include <QString>

class QEvent;

namespace ow::gui {

class ScanWedge final : public QObject {
    Q_OBJECT
public:
    explicit ScanWedge(QObject *parent = nullptr);

signals:
    void scanned(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QString m_typed;      // the last keys typed, up to the prefix's length
    QString m_code;       // after the prefix, up to Enter
    bool m_capturing = false;
    QElapsedTimer m_gap;  // since the last key of the scan
    const QEvent *m_last = nullptr;  // a key event travelling up the parents is seen once
    QPointer<QWidget> m_lastAt;
};

} // namespace ow::gui
