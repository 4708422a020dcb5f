// AddressSanitizer's defaults for every process that maps Qt WebEngine (the call host, and until
// the app stops mapping WebEngine, cec-chat and the WebEngine test executables); an ASAN_OPTIONS in
// the environment still overrides each flag. Only used in the asan preset's build (CEC_SANITIZE).
// new_delete_type_mismatch=0 because Qt WebEngine 6.4.2 itself deletes an 88-byte object as a
// 24-byte type whenever a page is destroyed (libQt6WebEngineCore.so.6+0x4173e9a below
// QtWebEngineCore::WebContentsAdapter::~WebContentsAdapter(); tests/support/webenginetestmain.cpp
// has the evidence); malloc_context_size=2 so that the LeakSanitizer suppression for Chromium's own
// leaks (tests/sanitizers/lsan.supp, by module) cannot also hide a leak of ours.
#pragma once

#define CEC_WEBENGINE_ASAN_OPTIONS "new_delete_type_mismatch=0:malloc_context_size=2"
