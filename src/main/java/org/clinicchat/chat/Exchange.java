package org.clinicchat.chat;

/** A patient message and the assistant's reply to it, as stored. */
public record Exchange(Message patientMessage, Message reply) {}
