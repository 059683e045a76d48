package dev.kopru.core.model;

/** Where an order stands; vendors with finer states keep them in {@link Order#vendorStatus()}. */
public enum OrderStatus { NEW, CONFIRMED, SHIPPED, DELIVERED, COMPLETED, CANCELLED }
