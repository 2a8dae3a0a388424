package org.clinicchat.rightofaccess;

/**
 * The copy of a patient's records that fulfils an access request, ready to download.
 *
 * @param fileName the download's file name, built from the request id only
 * @param contentType the media type of the chosen format
 * @param body the UTF-8 content
 */
public record AccessCopy(String fileName, String contentType, String body) {}
