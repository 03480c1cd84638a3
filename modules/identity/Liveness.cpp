#include "identity/Liveness.h"

#include <QCoreApplication>

#include <cmath>

namespace ow::identity {

HeadTurnChallenge::HeadTurnChallenge(LivenessSettings settings) : m_settings(settings) {}

void HeadTurnChallenge::reset()
{
    m_state = State::WaitingFrontal;
    m_frames = 0;
    m_missing = 0;
    m_haveLast = false;
    m_largestTurn = 0;
    m_failure.clear();
}

void HeadTurnChallenge::fail(const QString &reason)
{
    m_state = State::Failed;
    m_failure = reason;
}

HeadTurnChallenge::State HeadTurnChallenge::addFrame(const QList<Face> &faces)
{
    if (m_state == State::Passed || m_state == State::Failed) return m_state;
    if (++m_frames > m_settings.maxFrames) {
        fail(QCoreApplication::translate("ow::identity", "The head turn was not seen in time."));
        return m_state;
    }
    if (faces.size() != 1) {
        // A lost face restarts nothing at once (a frame can miss), but a gap means someone or
        // something else may have taken the place in front of the camera.
        if (++m_missing > m_settings.maxMissingFrames) {
            fail(faces.isEmpty() ? QCoreApplication::translate("ow::identity", "The face left the picture during the check.")
                                 : QCoreApplication::translate("ow::identity", "Another face came into the picture during the check."));
        }
        return m_state;
    }
    m_missing = 0;
    const Face &f = faces.first();
    if (m_haveLast) {
        // The same face: the centre moves less than a face width between frames, the size
        // changes by less than a third.
        const cv::Point2f c(f.box.x + f.box.width / 2, f.box.y + f.box.height / 2);
        const cv::Point2f lc(m_last.box.x + m_last.box.width / 2, m_last.box.y + m_last.box.height / 2);
        const double ratio = f.box.width / std::max(1.f, m_last.box.width);
        if (cv::norm(c - lc) > m_last.box.width || ratio < 0.75 || ratio > 1.33) {
            fail(QCoreApplication::translate("ow::identity", "The face jumped between frames: start again."));
            return m_state;
        }
    }
    m_last = f;
    m_haveLast = true;
    const double turn = std::abs(f.noseOffset());
    m_largestTurn = std::max(m_largestTurn, turn);
    switch (m_state) {
    case State::WaitingFrontal:
        if (turn <= m_settings.frontalMax) m_state = State::WaitingTurn;
        break;
    case State::WaitingTurn:
        if (turn >= m_settings.turnMin) m_state = State::WaitingReturn;
        break;
    case State::WaitingReturn:
        if (turn <= m_settings.frontalMax) m_state = State::Passed;
        break;
    case State::Passed:
    case State::Failed: break;
    }
    return m_state;
}

QString HeadTurnChallenge::instruction() const
{
    switch (m_state) {
    case State::WaitingFrontal: return QCoreApplication::translate("ow::identity", "Please look straight at the camera.");
    case State::WaitingTurn: return QCoreApplication::translate("ow::identity", "Please turn your head slowly to one side.");
    case State::WaitingReturn: return QCoreApplication::translate("ow::identity", "Now look back at the camera.");
    case State::Passed: return QCoreApplication::translate("ow::identity", "Thank you.");
    case State::Failed: break;
    }
    return m_failure;
}

} // namespace ow::identity
