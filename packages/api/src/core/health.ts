/** State of one component as reported by /healthz. */
export interface ComponentHealth {
  ok: boolean;
  engine: string;
  detail?: string;
}

export interface HealthCheck {
  health(): Promise<ComponentHealth>;
}
