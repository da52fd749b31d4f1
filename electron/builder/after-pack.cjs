// electron-builder afterPack hook: flips Electron's fuses in the packaged binary before it is signed and
// wrapped into an installer, so the shipped app cannot be turned into a Node runtime or be given code
// outside its (integrity-checked) asar. https://www.electronjs.org/docs/latest/tutorial/fuses
// eslint-disable-next-line @typescript-eslint/no-require-imports -- electron-builder loads hooks as CommonJS
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse settings, exported so the unit test checks exactly what ships. */
const FUSES = {
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.EnableCookieEncryption]: true,
  // The renderer is served from app://, so file:// needs none of its legacy privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
};

function fuseConfig(electronPlatformName) {
  return {
    version: FuseVersion.V1,
    // Flipping fuses invalidates the ad-hoc signature of macOS arm64 builds; re-sign them ad hoc.
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' || electronPlatformName === 'mas',
    ...FUSES,
  };
}

/** electron-builder finds the packaged executable (its name differs per platform) and calls @electron/fuses. */
async function afterPack(context) {
  await context.packager.addElectronFuses(context, fuseConfig(context.electronPlatformName));
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.fuseConfig = fuseConfig;
