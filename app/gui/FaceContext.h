#pragma once
// What the face and photo screens share for one session: the models (null when not installed),
// the settings, and where register photos come from. Read once from the profile's settings:
//   identity/modelsDir, identity/faceMaxDistance (FaceSettings), identity/photoValidMonths
//   (default 6), identity/registerPhotoDir (default <data>/register-photos).

#include "identity/FaceModels.h"
#include "identity/RegisterPhotos.h"

#include <memory>

namespace ow::gui {

class Session;

struct FaceContext {
    std::shared_ptr<identity::FaceModels> models;  // null: not installed (the officer compares by eye)
    identity::FaceSettings settings;
    int photoValidMonths = 6;
    std::shared_ptr<const identity::RegisterPhotoSource> registerPhotos;

    static FaceContext fromSession(Session &session);
};

} // namespace ow::gui
