export const serverProbe = "server";
