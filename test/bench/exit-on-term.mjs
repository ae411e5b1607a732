// Preloaded into servers under BENCH_PROFILE: a server without its own SIGTERM handler (the
// reference) exits normally on SIGTERM, so that V8 writes its CPU profile.
import process from 'node:process'

if (process.listenerCount('SIGTERM') === 0) process.once('SIGTERM', () => process.exit(0))
