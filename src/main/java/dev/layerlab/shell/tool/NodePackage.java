package dev.layerlab.shell.tool;

/**
 * One package npm or yarn puts in {@code node_modules}.
 *
 * @param path where it goes, relative to the project ({@code node_modules/express})
 * @param name the package name ({@code @types/node})
 * @param version the version written into its package.json
 * @param dev whether only devDependencies need it
 * @param withClosure whether the catalogue's closure (the unnamed rest of its tree) is added, which is
 *     when nothing else (a complete lock file) names those packages
 */
record NodePackage(String path, String name, String version, boolean dev, boolean withClosure) {}
