#pragma once
// A head-turn liveness challenge judged across camera frames, before a capture counts for face
// verification. The citizen looks at the camera, turns the head to either side, and looks back.
// The turn is measured as the nose tip's sideways offset from the eye centre in eye distances
// (Face::noseOffset): a real head turning moves the nose against the eyes, while a printed photo
// held up and tilted or swung keeps that ratio (a flat picture is only foreshortened), so a photo
// does not pass. The face must stay one face, in about the same place and size, throughout.
//
// What it does NOT stop, honestly:
//  - a video of the person turning the head, replayed on a phone or tablet screen;
//  - a 3D mask or a head model worn or moved by someone else;
//  - a printed photo bent around a curved surface may produce some nose shift (a strong turn
//    threshold makes that hard, not impossible).
// The officer watches the citizen at the counter; this check supports that look, it does not
// replace it. Blinks are not used: BlazeFace's six keypoints carry no eyelid.

#include "identity/FaceDetector.h"

#include <QList>
#include <QString>

namespace ow::identity {

struct LivenessSettings {
    double frontalMax = 0.08;   // |nose offset| counted as looking straight at the camera
    double turnMin = 0.22;      // |nose offset| counted as a turn (about 15 degrees)
    int maxFrames = 300;        // about 10 s at 30 fps, then the challenge fails
    int maxMissingFrames = 15;  // frames without exactly one face tolerated (half a second)
};

class HeadTurnChallenge {
public:
    enum class State { WaitingFrontal, WaitingTurn, WaitingReturn, Passed, Failed };

    explicit HeadTurnChallenge(LivenessSettings settings = {});

    // Feeds the faces detected in one frame (in order); returns the new state. Passed and Failed
    // are final until reset().
    State addFrame(const QList<Face> &faces);
    void reset();

    [[nodiscard]] State state() const { return m_state; }
    // What to tell the citizen now, translated.
    [[nodiscard]] QString instruction() const;
    // Why it failed, translated; empty unless Failed.
    [[nodiscard]] QString failureReason() const { return m_failure; }
    [[nodiscard]] double largestTurn() const { return m_largestTurn; }

private:
    void fail(const QString &reason);

    LivenessSettings m_settings;
    State m_state = State::WaitingFrontal;
    int m_frames = 0;
    int m_missing = 0;
    bool m_haveLast = false;
    Face m_last;
    double m_largestTurn = 0;
    QString m_failure;
};

} // namespace ow::identity
