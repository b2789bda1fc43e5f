package crm.service.email;

/** A tracked file of an email, as its download URL answers it. */
public record TrackedFile(String fileName, String contentType, byte[] content) {}
