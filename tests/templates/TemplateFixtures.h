#pragma once

#include "Template.h"

namespace podwarden::test {

// The template both sides of a comparison start from in the merge and conflict-dialog tests.
inline Template baseTemplate()
{
    Template t;
    t.id = "tpl_1";
    t.name = "vLLM worker";
    t.image = "runpod/worker-vllm:1.6.0";
    t.diskGb = 20;
    t.ports = {"8000/http"};
    t.persistentMount = PersistentMount{50, "/workspace"};
    t.env = {{"MODEL_NAME", "llama-3-70b"}, {"HF_TOKEN", "{{ RUNPOD_SECRET_hf_token }}"}, {"MAX_MODEL_LEN", "8192"}};
    return t;
}

} // namespace podwarden::test
