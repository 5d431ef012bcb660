#pragma once

namespace podwarden::sandbox {
class BodySchema;
}

// The request bodies the sandbox accepts, transcribed from the cloud's OpenAPI document
// (CreateTemplateRequest, UpdateEndpointRequest, ...) and from SERVICE.md for the [ext] routes.
namespace podwarden::sandbox::schemas {

const BodySchema& createTemplate();
const BodySchema& updateTemplate();
const BodySchema& createEndpoint();
const BodySchema& updateEndpoint();
const BodySchema& createSecret();
const BodySchema& updateSecret();
const BodySchema& createKey();
const BodySchema& updateKey();
const BodySchema& boot();
const BodySchema& podAction();
const BodySchema& jobInput();

} // namespace podwarden::sandbox::schemas
