package dev.taskinbox.api;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Reply API v3, the part Task Inbox uses. Paths are relative to the API root. */
interface ReplyApi {

    @GET("v3/whoami")
    Call<Wire.WhoAmI> whoAmI();

    @POST("v3/tasks/filter")
    Call<Wire.TaskListPage> filterTasks(@Query("top") int top, @Query("skip") int skip, @Body Wire.TaskFilter filter);

    @GET("v3/tasks/{id}")
    Call<Wire.TaskDetail> task(@Path("id") long id, @Query("includeContent") boolean includeContent);

    @POST("v3/tasks/{id}/execute")
    Call<Wire.TaskDetail> execute(@Path("id") long id, @Body Wire.ExecuteBody body);

    @POST("v3/tasks/{id}/complete")
    Call<Wire.TaskDetail> complete(@Path("id") long id, @Body Wire.CompleteBody body);

    @GET("v3/email-accounts")
    Call<Wire.EmailAccountPage> emailAccounts(@Query("my") boolean my, @Query("top") int top, @Query("skip") int skip);

    @GET("v3/email-accounts/{id}")
    Call<Wire.EmailAccountDetail> emailAccount(@Path("id") long id);

    @GET("v3/tasks/{id}")
    Call<Wire.TaskDetail> rawTask(@Path("id") long id);

    @PUT("v3/tasks/{id}")
    Call<Wire.TaskDetail> updateTask(@Path("id") long id, @Body Wire.TaskUpdate body);

    @PUT("v3/tasks/{id}/assigned-user")
    Call<Wire.TaskDetail> reassign(@Path("id") long id, @Body Wire.AssignBody body);

    /** Answers a map of task id to failure; only failures appear, {@code {}} means all done. */
    @POST("v3/tasks/batch/complete")
    Call<JsonObject> batchComplete(@Body Wire.BatchIds body);

    /** Like batch complete: a map of task id to failure. */
    @POST("v3/tasks/batch/assign")
    Call<JsonObject> batchAssign(@Body Wire.BatchAssign body);

    @POST("v3/tasks/batch/assign")
    Call<JsonObject> batchAssignSeed(@Body Wire.BatchAssignSeed body);

    /** Status 200 or 201 is not stated (reply-api-v3-tasks.md §3.3): any 2xx with a task is taken. */
    @POST("v3/tasks")
    Call<Wire.TaskDetail> createTask(@Body Wire.TaskUpdate body);

    /** Answered as a JSON value: the docs name the endpoint but show no body (read tolerantly, see WireMapper). */
    @GET("v3/whoami/team-users")
    Call<JsonElement> teamUsers();

    /** Answered as a JSON value: the members inside usage and limits are read tolerantly (see WireMapper). */
    @GET("v3/linkedin-accounts")
    Call<JsonElement> linkedInAccounts();

    /** Answered as a JSON value: the reference implies a list operation without showing it (§6.7; read tolerantly). */
    @GET("v3/email-templates")
    Call<JsonElement> emailTemplates();

    @GET("v3/contacts/{id}")
    Call<Wire.Contact> contact(@Path("id") long id);

    @GET("v3/contacts/{id}/statuses")
    Call<Wire.ContactStatuses> contactStatuses(@Path("id") long id);

    @GET("v3/sequences")
    Call<Wire.SequencePage> sequences(@Query("top") int top, @Query("skip") int skip);
}
