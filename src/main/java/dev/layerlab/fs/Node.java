package dev.layerlab.fs;

/**
 * What the store knows about one path without reading its bytes: enough for the journal, the
 * incremental size and hardlink detection.
 */
record Node(EntryType type, int mode, int uid, int gid, long size, Object inode, int links) {}
