// A classic inline script put in <head> before Trunk's loader module by
// crates/postbuild/src/loader.rs, with __WASM_URL__ replaced by the wasm's URL. These
// leading `//` lines are notes for readers: the build strips them and ships the rest as
// it is, so the rest stays one short line (it is in every page's <head>).
//
// Only where a worker controls the page (a repeat visit) and the browser compiles
// streams: asks for the wasm and starts compiling it while the HTML is still being
// parsed, leaving the Promise<WebAssembly.Module> in self.__unknotWasm for the loader
// (hand-over.js's `early`). Its rejection is marked handled at once; the loader still
// sees it and falls back to its own download.

if(navigator.serviceWorker&&navigator.serviceWorker.controller&&self.WebAssembly&&WebAssembly.compileStreaming){self.__unknotWasm=WebAssembly.compileStreaming(fetch('__WASM_URL__'));self.__unknotWasm.catch(function(){})}
