package dev.layerlab.shell.tool;

import dev.layerlab.shell.Invocation;
import java.util.List;

/** The errors npm 10 (Node 20's npm) prints, word for word where a real log was available. */
final class NpmErrors {
  private NpmErrors() {}

  /** As npm/cli#3976 and many CI logs show it (npm 8-10 with the {@code npm ERR!} prefix). */
  static int ciWithoutLock(Invocation inv) {
    inv.err("npm ERR! code EUSAGE\nnpm ERR! \n"
        + "npm ERR! The `npm ci` command can only install with an existing package-lock.json or\n"
        + "npm ERR! npm-shrinkwrap.json with lockfileVersion >= 1. Run an install with npm@5 or\n"
        + "npm ERR! later to generate a package-lock.json file, then try again.\nnpm ERR! \n"
        + "npm ERR! Clean install a project\n");
    return 1;
  }

  static int outOfSync(Invocation inv, List<String> missing) {
    StringBuilder s = new StringBuilder("npm ERR! code EUSAGE\nnpm ERR! \n"
        + "npm ERR! `npm ci` can only install packages when your package.json and package-lock.json or "
        + "npm-shrinkwrap.json are in sync. Please update your lock file with `npm install` before continuing.\n"
        + "npm ERR! \n");
    missing.forEach(m -> s.append("npm ERR! Missing: ").append(m).append(" from lock file\n"));
    inv.err(s.toString());
    return 1;
  }

  static int noPackageJson(Invocation inv, String dir) {
    inv.err("npm ERR! code ENOENT\nnpm ERR! syscall open\nnpm ERR! path " + dir + "/package.json\n"
        + "npm ERR! errno -2\nnpm ERR! enoent Could not read package.json: Error: ENOENT: no such file or "
        + "directory, open '" + dir + "/package.json'\n");
    return 254;
  }

  static int unauthorized(Invocation inv, String name) {
    inv.err("npm ERR! code E401\nnpm ERR! 401 Unauthorized - GET https://registry.npmjs.org/"
        + name.replace("/", "%2f") + " - authentication token not provided\n");
    return 1;
  }

  static int missingScript(Invocation inv, String script) {
    inv.err("npm ERR! Missing script: \"" + script + "\"\nnpm ERR! \nnpm ERR! To see a list of scripts, run:\n"
        + "npm ERR!   npm run\n");
    return 1;
  }
}
